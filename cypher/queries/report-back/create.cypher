// A representative reports back from a seat.
MATCH (s:Seat {id: $row.seatId}), (p:Person {id: $row.personId})
CREATE (r:ReportBack {id: $row.id, date: date($row.date), summary: $row.summary, recordedAt: datetime($at), recordedBy: $actor})
CREATE (r)-[:FOR_SEAT]->(s)
CREATE (r)-[:BY]->(p)
RETURN r {.*, seatId: s.id, personId: p.id} AS reportBack
