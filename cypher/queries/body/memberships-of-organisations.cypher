// Each organisation's body memberships as of a date.
UNWIND $keys AS key
MATCH (o:Organisation {id: key})
OPTIONAL MATCH (o)-[m:MEMBER_OF]->(b:Body)
WHERE (m.since IS NULL OR m.since <= $asOf) AND (m.until IS NULL OR $asOf < m.until)
WITH key, b, m ORDER BY b.id, m.since
RETURN key, [x IN collect(CASE WHEN m IS NULL THEN null ELSE {organisationId: key, bodyId: b.id, since: m.since, until: m.until, broughtById: m.broughtBy} END) WHERE x IS NOT NULL] AS memberships
