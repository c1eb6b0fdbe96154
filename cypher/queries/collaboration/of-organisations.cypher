// Each organisation's collaborations active on a date, for a page of organisations.
UNWIND $keys AS key
MATCH (o:Organisation {id: key})
OPTIONAL MATCH (o)-[:PARTNER_IN]->(c:Collaboration)
WHERE (c.since IS NULL OR c.since <= $asOf) AND (c.until IS NULL OR $asOf < c.until)
WITH key, c ORDER BY c.id
RETURN key, collect(c.id) AS collaborationKeys
