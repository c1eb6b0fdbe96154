// Creates an organisation with its sector, areas and themes; the caller has checked they exist.
CREATE (o:Organisation {
  id: $row.id, name: $row.name, nameCy: $row.nameCy, kind: $row.kind, size: $row.size,
  charityNumber: $row.charityNumber, website: $row.website,
  since: date($row.since), until: date($row.until),
  version: 1, createdAt: datetime($at), updatedAt: datetime($at)
})
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
RETURN o.id AS key
