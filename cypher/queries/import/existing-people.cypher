// The current state of the people an import names; organisation is the latest WORKS_FOR.
UNWIND $ids AS id
MATCH (p:Person {id: id})
WITH p, COLLECT {
  MATCH (p)-[w:WORKS_FOR]->(o:Organisation)
  RETURN {organisationId: o.id, since: w.since, until: w.until}
  ORDER BY w.until IS NULL DESC, w.until DESC LIMIT 1
} AS work
RETURN p.id AS id, p.name AS name, p.email AS email, p.role AS role,
       work[0].organisationId AS organisationId, work[0].since AS since, work[0].until AS until
