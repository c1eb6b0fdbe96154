// Adds a membership period (one MEMBER_OF per period), recording who brought the organisation in.
MATCH (o:Organisation {id: $organisationId}), (b:Body {id: $bodyId})
CREATE (o)-[m:MEMBER_OF {since: date($since), broughtBy: $broughtById, recordedAt: datetime($at), recordedBy: $actor}]->(b)
RETURN {organisationId: o.id, bodyId: b.id, since: m.since, until: m.until, broughtById: m.broughtBy} AS membership
