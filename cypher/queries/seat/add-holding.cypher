// A new holding period: one HOLDS per period, so a person may hold a seat more than once.
MATCH (p:Person {id: $personId}), (s:Seat {id: $key})
CREATE (p)-[h:HOLDS {since: date($since), recordedAt: datetime($at), recordedBy: $actor}]->(s)
RETURN p.id AS personId
