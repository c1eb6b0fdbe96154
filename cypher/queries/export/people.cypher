// People working for the exported organisations as of a date, with the seats they hold then.
UNWIND $ids AS id
MATCH (p:Person)-[w:WORKS_FOR]->(o:Organisation {id: id})
WHERE (w.since IS NULL OR w.since <= $asOf) AND (w.until IS NULL OR $asOf < w.until)
RETURN p.id AS id, p.name AS name, p.email AS email, p.role AS role, o.id AS organisationId,
       w.since AS since, w.until AS until,
       [(p)-[h:HOLDS]->(s:Seat)-[:ON]->(b:Body)
         WHERE (h.since IS NULL OR h.since <= $asOf) AND (h.until IS NULL OR $asOf < h.until)
         | {seatId: s.id, seatType: s.seatType, bodyId: b.id, bodyName: b.name}] AS seats
ORDER BY o.id, p.id
