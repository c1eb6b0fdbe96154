UNWIND $rows AS row
MERGE (p:Person {id: row.id})
ON CREATE SET p.createdAt = datetime($at), p.version = 1
SET p.name = row.name, p.email = row.email, p.role = row.role, p.updatedAt = datetime($at)
WITH p, row
MATCH (o:Organisation {id: row.organisationId})
MERGE (p)-[w:WORKS_FOR]->(o)
SET w.since = date(row.since), w.until = date(row.until)
RETURN count(*) AS rows
