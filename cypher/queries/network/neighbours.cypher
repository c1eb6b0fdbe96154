// One breadth-first step of an ego network: the organisations tied (as of a date) to any of $keys.
UNWIND $keys AS key
MATCH (o:Organisation {id: key})-[t:TIE]-(n:Organisation)
WHERE (t.since IS NULL OR t.since <= $asOf) AND (t.until IS NULL OR $asOf < t.until)
  AND (n.since IS NULL OR n.since <= $asOf) AND (n.until IS NULL OR $asOf < n.until)
RETURN DISTINCT n.id AS key
