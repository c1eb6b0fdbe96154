// Every relationship with its type, ends and properties, for a backup.
MATCH (a)-[r]->(b)
WHERE NOT a:SchemaVersion AND NOT b:SchemaVersion
RETURN elementId(a) AS from, elementId(b) AS to, type(r) AS type, properties(r) AS props
