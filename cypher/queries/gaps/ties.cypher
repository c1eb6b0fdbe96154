// Every tie active on $asOf that touches an organisation of the area (so also the ring of neighbours
// outside it). Each tie once; the caller keeps the ones it needs. No `x IN list` over big lists.
MATCH (:Area {id: $areaId})<-[:PART_OF*0..3]-(:Area)<-[:IN_AREA]-(o:Organisation)
WHERE (o.since IS NULL OR o.since <= $asOf) AND (o.until IS NULL OR $asOf < o.until)
WITH DISTINCT o
MATCH (o)-[t:TIE]-(n:Organisation)
WHERE (t.since IS NULL OR t.since <= $asOf) AND (t.until IS NULL OR $asOf < t.until)
  AND (n.since IS NULL OR n.since <= $asOf) AND (n.until IS NULL OR $asOf < n.until)
RETURN DISTINCT t.id AS id, startNode(t).id AS source, endNode(t).id AS target, t.kind AS kind, t.trust AS trust
