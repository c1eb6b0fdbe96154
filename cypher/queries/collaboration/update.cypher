// Updates a collaboration's fields if its version is still $version.
MATCH (c:Collaboration {id: $row.id})
WHERE c.version = $version
SET c.name = $row.name, c.description = $row.description,
    c.since = date($row.since), c.until = date($row.until),
    c.version = c.version + 1, c.updatedAt = datetime($at)
RETURN c.version AS version
