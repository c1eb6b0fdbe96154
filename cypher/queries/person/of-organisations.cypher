// People working for each organisation as of a date, for a page of organisations.
UNWIND $keys AS key
MATCH (o:Organisation {id: key})
OPTIONAL MATCH (p:Person)-[w:WORKS_FOR]->(o)
WHERE (w.since IS NULL OR w.since <= $asOf) AND (w.until IS NULL OR $asOf < w.until)
WITH key, p ORDER BY p.id
RETURN key, collect(DISTINCT p.id) AS personKeys
