// Creates a body node; its links are written by body/set-links.
CREATE (b:Body {
  id: $row.id, name: $row.name, nameCy: $row.nameCy, type: $row.type, status: $row.status,
  validFrom: date($row.validFrom), validTo: date($row.validTo),
  version: 1, createdAt: datetime($at), updatedAt: datetime($at)
})
WITH b
CALL (b) {
  MATCH (previous:Body {id: $row.predecessorId})
  CREATE (b)-[:SUCCESSOR_OF]->(previous)
}
RETURN b.id AS key
