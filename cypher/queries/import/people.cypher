// Upserts imported people; a move to another organisation ends the old WORKS_FOR (history kept).
UNWIND $rows AS row
MATCH (o:Organisation {id: row.organisationId})
MERGE (p:Person {id: row.id})
ON CREATE SET p.createdAt = datetime($at), p.version = 0
SET p.name = row.name, p.email = row.email, p.role = row.role,
    p.version = coalesce(p.version, 0) + 1, p.updatedAt = datetime($at)
WITH p, o, row
CALL (p, o) {
  MATCH (p)-[old:WORKS_FOR]->(other:Organisation)
  WHERE other <> o AND old.until IS NULL
  SET old.until = date(datetime($at))
}
MERGE (p)-[w:WORKS_FOR]->(o)
SET w.since = date(row.since), w.until = date(row.until)
RETURN count(*) AS rows
