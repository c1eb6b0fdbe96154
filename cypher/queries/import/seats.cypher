// Upserts imported seats; holdings are merged per person (never deleted: a holding ends).
UNWIND $rows AS row
MATCH (body:Body {id: row.bodyId})
MERGE (s:Seat {id: row.id})
ON CREATE SET s.createdAt = datetime($at), s.version = 0
SET s.seatType = row.seatType, s.since = date(row.since), s.until = date(row.until),
    s.version = coalesce(s.version, 0) + 1, s.updatedAt = datetime($at)
WITH s, body, row
CALL (s) {
  MATCH (s)-[r:ON|ON_BEHALF_OF]->()
  DELETE r
}
CREATE (s)-[:ON]->(body)
WITH s, row
CALL (s, row) {
  MATCH (behalf:Organisation {id: row.onBehalfOfId})
  CREATE (s)-[:ON_BEHALF_OF]->(behalf)
}
CALL (s, row) {
  UNWIND row.holders AS holder
  MATCH (p:Person {id: holder.personId})
  MERGE (p)-[h:HOLDS]->(s)
  SET h.since = date(holder.since), h.until = date(holder.until)
}
RETURN count(*) AS rows
