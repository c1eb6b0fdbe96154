UNWIND $rows AS row
MERGE (b:Body {id: row.id})
ON CREATE SET b.createdAt = datetime($at), b.version = 1
SET b.name = row.name, b.nameCy = row.nameCy, b.type = row.type, b.status = row.status,
    b.validFrom = date(row.validFrom), b.validTo = date(row.validTo), b.updatedAt = datetime($at)
WITH b, row
CALL (b, row) {
  UNWIND row.areaIds AS areaId
  MATCH (a:Area {id: areaId})
  MERGE (b)-[:COVERS]->(a)
}
CALL (b, row) {
  UNWIND row.themeIds AS themeId
  MATCH (t:Theme {id: themeId})
  MERGE (b)-[:FOCUSES_ON]->(t)
}
CALL (b, row) {
  UNWIND coalesce(row.expectedSectorIds, []) AS sectorId
  MATCH (s:Sector {id: sectorId})
  MERGE (b)-[:EXPECTS_SECTOR]->(s)
}
CALL (b, row) {
  MATCH (owner:Organisation {id: row.ownerId})
  MERGE (b)-[:OWNED_BY]->(owner)
}
CALL (b, row) {
  UNWIND row.coordinatorIds AS personId
  MATCH (p:Person {id: personId})
  MERGE (b)-[:COORDINATED_BY]->(p)
}
RETURN count(*) AS rows
