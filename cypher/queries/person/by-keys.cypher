// People by key, for the DataLoader; organisation/since/until are of the current (else latest) WORKS_FOR.
UNWIND $keys AS key
MATCH (p:Person {id: key})
OPTIONAL CALL (p) {
  MATCH (p)-[w:WORKS_FOR]->(o:Organisation)
  RETURN w, o
  ORDER BY w.until IS NULL DESC, w.until DESC, w.since DESC
  LIMIT 1
}
RETURN p {.*, organisationId: o.id, since: w.since, until: w.until} AS person
