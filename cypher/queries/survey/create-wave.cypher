// Opens a survey wave for a network: an area (with its sub-areas) or a partnership body.
CREATE (w:SurveyWave {
  id: $row.id, name: $row.name, date: date($row.date), closesOn: date($row.closesOn),
  areaId: $row.areaId, bodyId: $row.bodyId, status: 'open',
  createdAt: datetime($at), createdBy: $actor, version: 1
})
WITH w
CALL (w) {
  MATCH (a:Area {id: $row.areaId})
  CREATE (w)-[:FOR_NETWORK]->(a)
}
CALL (w) {
  MATCH (b:Body {id: $row.bodyId})
  CREATE (w)-[:FOR_NETWORK]->(b)
}
RETURN w.id AS key
