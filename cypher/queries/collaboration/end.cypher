// Ends a collaboration on $until (nothing is deleted).
MATCH (c:Collaboration {id: $key})
WHERE c.version = $version
SET c.until = date($until), c.version = c.version + 1, c.updatedAt = datetime($at)
RETURN c.version AS version
