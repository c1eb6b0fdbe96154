// Creates a seat on a body, optionally on behalf of an organisation; the caller has checked both exist.
MATCH (b:Body {id: $row.bodyId})
CREATE (s:Seat {
  id: $row.id, seatType: $row.seatType, since: date($row.since), until: date($row.until),
  version: 1, createdAt: datetime($at), updatedAt: datetime($at)
})
CREATE (s)-[:ON]->(b)
WITH s
CALL (s) {
  MATCH (o:Organisation {id: $row.onBehalfOfId})
  CREATE (s)-[:ON_BEHALF_OF]->(o)
}
RETURN s.id AS key
