UNWIND $rows AS row
MATCH (a:Organisation {id: row.organisationIds[0]}), (b:Organisation {id: row.organisationIds[1]})
MERGE (i:Introduction {id: row.id})
ON CREATE SET i.createdAt = datetime($at), i.version = 1
SET i.status = row.status, i.outcome = row.outcome, i.updatedAt = datetime($at),
    i.statusSince = date(row.events[size(row.events) - 1].at)
MERGE (i)-[:BETWEEN]->(a)
MERGE (i)-[:BETWEEN]->(b)
WITH i, row
CALL (i, row) {
  MATCH (broker:Person {id: row.brokerId})
  MERGE (i)-[:BROKERED_BY]->(broker)
}
CALL (i, row) {
  MATCH (via:Organisation {id: row.introducerOrganisationId})
  MERGE (i)-[:VIA]->(via)
}
CALL (i, row) {
  UNWIND range(0, size(row.events) - 1) AS n
  WITH i, n, row.events[n] AS event
  MERGE (e:IntroductionEvent {introductionId: i.id, seq: n})
  SET e.status = event.status, e.at = date(event.at), e.note = event.note, e.byId = event.byId
  MERGE (i)-[:HAD_EVENT]->(e)
}
RETURN count(*) AS rows
