// Members of each body as of a date (or every membership when $all), with who brought them in.
UNWIND $keys AS key
MATCH (b:Body {id: key})
OPTIONAL MATCH (o:Organisation)-[m:MEMBER_OF]->(b)
WHERE $all OR ((m.since IS NULL OR m.since <= $asOf) AND (m.until IS NULL OR $asOf < m.until))
WITH key, o, m ORDER BY o.id, m.since
RETURN key, [x IN collect(CASE WHEN m IS NULL THEN null ELSE {organisationId: o.id, bodyId: key, since: m.since, until: m.until, broughtById: m.broughtBy} END) WHERE x IS NOT NULL] AS memberships
