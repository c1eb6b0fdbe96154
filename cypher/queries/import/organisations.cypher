// Upserts imported organisations (only new or changed rows are sent) and replaces their links.
UNWIND $rows AS row
MERGE (o:Organisation {id: row.id})
ON CREATE SET o.createdAt = datetime($at), o.version = 0
SET o.name = row.name, o.nameCy = row.nameCy, o.kind = row.kind, o.size = row.size,
    o.charityNumber = row.charityNumber, o.website = row.website,
    o.since = date(row.since), o.until = date(row.until), o.attributes = row.attributesJson,
    o.version = coalesce(o.version, 0) + 1, o.updatedAt = datetime($at)
WITH o, row
CALL (o) {
  MATCH (o)-[r:IN_SECTOR|IN_AREA|WORKS_ON]->()
  DELETE r
}
CALL (o, row) {
  MATCH (s:Sector {id: row.sectorId})
  CREATE (o)-[:IN_SECTOR]->(s)
}
CALL (o, row) {
  UNWIND row.areaIds AS areaId
  MATCH (a:Area {id: areaId})
  CREATE (o)-[:IN_AREA]->(a)
}
CALL (o, row) {
  UNWIND row.themeIds AS themeId
  MATCH (t:Theme {id: themeId})
  CREATE (o)-[:WORKS_ON]->(t)
}
RETURN count(*) AS rows
