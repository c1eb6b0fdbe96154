// Collaborations by key with partners, themes, areas and the introduction they followed.
UNWIND $keys AS key
MATCH (c:Collaboration {id: key})
RETURN c {
  .*,
  partnerIds: [(o:Organisation)-[:PARTNER_IN]->(c) | o.id],
  themeIds: [(c)-[:ADDRESSES]->(t:Theme) | t.id],
  areaIds: [(c)-[:IN_AREA]->(a:Area) | a.id],
  introductionId: head([(c)-[:FOLLOWED]->(i:Introduction) | i.id])
} AS collaboration
