// Ties active on $asOf touching any of $keys (an ego ring), each once. Index lookups, one per key.
UNWIND $keys AS key
MATCH (o:Organisation {id: key})-[t:TIE]-(n:Organisation)
WHERE (t.since IS NULL OR t.since <= $asOf) AND (t.until IS NULL OR $asOf < t.until)
  AND (n.since IS NULL OR n.since <= $asOf) AND (n.until IS NULL OR $asOf < n.until)
RETURN DISTINCT t.id AS id, startNode(t).id AS source, endNode(t).id AS target, t.kind AS kind, t.trust AS trust
