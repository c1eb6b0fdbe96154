// The current state of the collaborations an import names.
UNWIND $ids AS id
MATCH (c:Collaboration {id: id})
RETURN c.id AS id, c.name AS name, c.description AS description, c.since AS since, c.until AS until,
       [(o:Organisation)-[:PARTNER_IN]->(c) | o.id] AS partnerIds,
       [(c)-[:ADDRESSES]->(t:Theme) | t.id] AS themeIds,
       [(c)-[:IN_AREA]->(a:Area) | a.id] AS areaIds,
       head([(c)-[:FOLLOWED]->(i:Introduction) | i.id]) AS introductionId
