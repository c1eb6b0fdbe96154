// Adds a partner to a collaboration if its version is still $version.
MATCH (c:Collaboration {id: $key}), (o:Organisation {id: $organisationId})
WHERE c.version = $version
CREATE (o)-[:PARTNER_IN]->(c)
SET c.version = c.version + 1, c.updatedAt = datetime($at)
RETURN c.version AS version
