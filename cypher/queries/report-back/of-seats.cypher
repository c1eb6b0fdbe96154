// Each seat's report-backs, newest first.
UNWIND $keys AS key
MATCH (s:Seat {id: key})
OPTIONAL MATCH (r:ReportBack)-[:FOR_SEAT]->(s)
WITH key, r ORDER BY r.date DESC, r.id DESC
RETURN key, [x IN collect(r {.*, seatId: key, personId: head([(r)-[:BY]->(p:Person) | p.id])}) WHERE x IS NOT NULL] AS reportBacks
