// Creates a person working for an organisation from $row.since; the caller has checked it exists.
MATCH (o:Organisation {id: $row.organisationId})
CREATE (p:Person {
  id: $row.id, name: $row.name, email: $row.email, role: $row.role,
  version: 1, createdAt: datetime($at), updatedAt: datetime($at)
})
CREATE (p)-[:WORKS_FOR {since: date($row.since)}]->(o)
RETURN p.id AS key
