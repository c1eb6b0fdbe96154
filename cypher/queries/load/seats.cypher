UNWIND $rows AS row
MATCH (b:Body {id: row.bodyId})
MERGE (s:Seat {id: row.id})
ON CREATE SET s.createdAt = datetime($at), s.version = 1
SET s.seatType = row.seatType, s.since = date(row.since), s.until = date(row.until), s.updatedAt = datetime($at)
MERGE (s)-[:ON]->(b)
WITH s, row
CALL (s, row) {
  MATCH (behalf:Organisation {id: row.onBehalfOfId})
  MERGE (s)-[:ON_BEHALF_OF]->(behalf)
}
CALL (s, row) {
  UNWIND row.holders AS holder
  MATCH (p:Person {id: holder.personId})
  MERGE (p)-[h:HOLDS]->(s)
  SET h.since = date(holder.since), h.until = date(holder.until)
}
RETURN count(*) AS rows
