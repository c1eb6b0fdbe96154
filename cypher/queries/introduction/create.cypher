// Creates an introduction between two organisations with its broker, introducer and first events.
MATCH (a:Organisation {id: $row.organisationIds[0]}), (b:Organisation {id: $row.organisationIds[1]}),
      (broker:Person {id: $row.brokerId})
CREATE (i:Introduction {
  id: $row.id, status: $row.status, statusSince: date($row.statusSince), note: $row.note,
  suggestionEvidence: $row.suggestionEvidence, version: 1, createdAt: datetime($at), updatedAt: datetime($at)
})
CREATE (i)-[:BETWEEN]->(a)
CREATE (i)-[:BETWEEN]->(b)
CREATE (i)-[:BROKERED_BY]->(broker)
WITH i
CALL (i) {
  MATCH (via:Organisation {id: $row.introducerId})
  CREATE (i)-[:VIA]->(via)
}
CALL (i) {
  UNWIND range(0, size($row.events) - 1) AS n
  WITH n, $row.events[n] AS event
  CREATE (e:IntroductionEvent {introductionId: i.id, seq: n, status: event.status, at: date(event.at), note: event.note, byId: event.byId})
  CREATE (i)-[:HAD_EVENT]->(e)
}
RETURN i.id AS key
