// Seats by key with their body, whom they are held for, and every holding period.
UNWIND $keys AS key
MATCH (s:Seat {id: key})-[:ON]->(b:Body)
RETURN s {
  .*,
  bodyId: b.id,
  onBehalfOfId: head([(s)-[:ON_BEHALF_OF]->(o:Organisation) | o.id]),
  holdings: [(p:Person)-[h:HOLDS]->(s) | {personId: p.id, since: h.since, until: h.until}]
} AS seat
