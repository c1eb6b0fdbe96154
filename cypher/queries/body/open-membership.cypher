// An organisation's open (not ended) membership of a body, if any.
MATCH (o:Organisation {id: $organisationId})-[m:MEMBER_OF]->(b:Body {id: $bodyId})
WHERE m.until IS NULL
RETURN {organisationId: o.id, bodyId: b.id, since: m.since, until: m.until, broughtById: m.broughtBy} AS membership
