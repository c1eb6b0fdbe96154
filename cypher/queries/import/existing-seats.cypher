// The current state of the seats an import names, with every holding.
UNWIND $ids AS id
MATCH (s:Seat {id: id})
RETURN s.id AS id, s.seatType AS seatType, s.since AS since, s.until AS until,
       head([(s)-[:ON]->(b:Body) | b.id]) AS bodyId,
       head([(s)-[:ON_BEHALF_OF]->(o:Organisation) | o.id]) AS onBehalfOfId,
       [(p:Person)-[h:HOLDS]->(s) | {personId: p.id, since: h.since, until: h.until}] AS holders
