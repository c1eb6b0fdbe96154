UNWIND $rows AS row
MATCH (s:Seat {id: row.seatId}), (p:Person {id: row.personId})
MERGE (r:ReportBack {id: row.id})
SET r.date = date(row.date), r.summary = row.summary
MERGE (r)-[:FOR_SEAT]->(s)
MERGE (r)-[:BY]->(p)
RETURN count(*) AS rows
