// A person moves organisation: the open WORKS_FOR ends on $on and a new one starts that day.
MATCH (p:Person {id: $key}), (o:Organisation {id: $organisationId})
CALL (p) {
  MATCH (p)-[w:WORKS_FOR]->(:Organisation)
  WHERE w.until IS NULL
  SET w.until = date($on)
}
CREATE (p)-[:WORKS_FOR {since: date($on)}]->(o)
RETURN p.id AS key
