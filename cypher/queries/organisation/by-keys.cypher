// Organisations by key, for the DataLoader: one round trip for a whole page.
UNWIND $keys AS key
MATCH (o:Organisation {id: key})
RETURN o {
  .*,
  sectorId: head([(o)-[:IN_SECTOR]->(s:Sector) | s.id]),
  areaIds: [(o)-[:IN_AREA]->(a:Area) | a.id],
  themeIds: [(o)-[:WORKS_ON]->(t:Theme) | t.id]
} AS organisation
