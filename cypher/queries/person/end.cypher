// A person leaves: their open WORKS_FOR ends on $until (nothing is deleted).
MATCH (p:Person {id: $key})
WHERE p.version = $version
SET p.version = p.version + 1, p.updatedAt = datetime($at)
WITH p
MATCH (p)-[w:WORKS_FOR]->(:Organisation)
WHERE w.until IS NULL
SET w.until = date($until)
RETURN p.version AS version
