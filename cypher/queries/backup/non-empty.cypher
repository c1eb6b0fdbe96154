// Whether the database holds anything besides schema version markers: restore refuses unless --force.
MATCH (n)
WHERE NOT n:SchemaVersion
RETURN count(n) > 0 AS nonEmpty
LIMIT 1
