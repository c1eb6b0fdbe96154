// Collaborations active on $asOf in the area (or its sub-areas): partners and themes.
MATCH (:Area {id: $areaId})<-[:PART_OF*0..3]-(:Area)<-[:IN_AREA]-(c:Collaboration)
WHERE (c.since IS NULL OR c.since <= $asOf) AND (c.until IS NULL OR $asOf < c.until)
WITH DISTINCT c
RETURN c.id AS id,
  [(o:Organisation)-[:PARTNER_IN]->(c) | o.id] AS partnerIds,
  [(c)-[:ADDRESSES]->(t:Theme) | t.id] AS themeIds,
  [(c)-[:IN_AREA]->(a:Area) | a.id] AS areaIds
