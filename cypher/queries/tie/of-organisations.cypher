// Each organisation's ties active as of a date (either direction), for a page of organisations.
UNWIND $keys AS key
MATCH (o:Organisation {id: key})
OPTIONAL MATCH (o)-[t:TIE]-(:Organisation)
WHERE (t.since IS NULL OR t.since <= $asOf) AND (t.until IS NULL OR $asOf < t.until)
WITH key, t ORDER BY t.id
RETURN key, collect(t.id) AS tieKeys
