// Updates a seat's type, dates and whom it is held for, if its version is still $version.
MATCH (s:Seat {id: $row.id})
WHERE s.version = $version
SET s.seatType = $row.seatType, s.since = date($row.since), s.until = date($row.until),
    s.version = s.version + 1, s.updatedAt = datetime($at)
WITH s
CALL (s) {
  MATCH (s)-[r:ON_BEHALF_OF]->()
  DELETE r
}
CALL (s) {
  MATCH (o:Organisation {id: $row.onBehalfOfId})
  CREATE (s)-[:ON_BEHALF_OF]->(o)
}
RETURN s.version AS version
