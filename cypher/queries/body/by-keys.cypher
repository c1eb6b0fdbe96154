// Bodies by key with their links, for the DataLoader.
UNWIND $keys AS key
MATCH (b:Body {id: key})
RETURN b {
  .*,
  parentId: head([(b)-[:PART_OF]->(p:Body) | p.id]),
  predecessorId: head([(b)-[:SUCCESSOR_OF]->(p:Body) | p.id]),
  successorIds: [(s:Body)-[:SUCCESSOR_OF]->(b) | s.id],
  ownerId: head([(b)-[:OWNED_BY]->(o:Organisation) | o.id]),
  areaIds: [(b)-[:COVERS]->(a:Area) | a.id],
  themeIds: [(b)-[:FOCUSES_ON]->(t:Theme) | t.id],
  coordinatorIds: [(b)-[:COORDINATED_BY]->(p:Person) | p.id],
  expectedSectorIds: [(b)-[:EXPECTS_SECTOR]->(s:Sector) | s.id],
  subGroupIds: [(c:Body)-[:PART_OF]->(b) | c.id],
  seatIds: [(s:Seat)-[:ON]->(b) | s.id]
} AS body
