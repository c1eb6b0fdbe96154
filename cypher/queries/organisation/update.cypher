// Replaces an organisation's fields and links if its version is still $version (optimistic concurrency).
MATCH (o:Organisation {id: $row.id})
WHERE o.version = $version
SET o.name = $row.name, o.nameCy = $row.nameCy, o.kind = $row.kind, o.size = $row.size,
    o.charityNumber = $row.charityNumber, o.website = $row.website,
    o.since = date($row.since), o.until = date($row.until),
    o.version = o.version + 1, o.updatedAt = datetime($at)
WITH o
CALL (o) {
  MATCH (o)-[r:IN_SECTOR|IN_AREA|WORKS_ON]->()
  DELETE r
}
WITH o
MATCH (s:Sector {id: $row.sectorId})
CREATE (o)-[:IN_SECTOR]->(s)
WITH o
CALL (o) {
  UNWIND $row.areaIds AS areaId
  MATCH (a:Area {id: areaId})
  CREATE (o)-[:IN_AREA]->(a)
}
CALL (o) {
  UNWIND $row.themeIds AS themeId
  MATCH (t:Theme {id: themeId})
  CREATE (o)-[:WORKS_ON]->(t)
}
RETURN o.version AS version
