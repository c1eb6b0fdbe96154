// Ends an organisation's open membership of a body on $until.
MATCH (o:Organisation {id: $organisationId})-[m:MEMBER_OF]->(b:Body {id: $bodyId})
WHERE m.until IS NULL
SET m.until = date($until)
RETURN {organisationId: o.id, bodyId: b.id, since: m.since, until: m.until, broughtById: m.broughtBy} AS membership
