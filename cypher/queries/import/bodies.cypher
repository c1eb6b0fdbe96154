// Upserts imported bodies and replaces their links (parents and predecessors in body-links).
UNWIND $rows AS row
MERGE (b:Body {id: row.id})
ON CREATE SET b.createdAt = datetime($at), b.version = 0
SET b.name = row.name, b.nameCy = row.nameCy, b.type = row.type, b.status = row.status,
    b.validFrom = date(row.validFrom), b.validTo = date(row.validTo),
    b.version = coalesce(b.version, 0) + 1, b.updatedAt = datetime($at)
WITH b, row
CALL (b) {
  MATCH (b)-[r:COVERS|FOCUSES_ON|EXPECTS_SECTOR|OWNED_BY|COORDINATED_BY|PART_OF|SUCCESSOR_OF]->()
  DELETE r
}
CALL (b, row) {
  UNWIND row.areaIds AS areaId
  MATCH (a:Area {id: areaId})
  CREATE (b)-[:COVERS]->(a)
}
CALL (b, row) {
  UNWIND row.themeIds AS themeId
  MATCH (t:Theme {id: themeId})
  CREATE (b)-[:FOCUSES_ON]->(t)
}
CALL (b, row) {
  UNWIND row.expectedSectorIds AS sectorId
  MATCH (s:Sector {id: sectorId})
  CREATE (b)-[:EXPECTS_SECTOR]->(s)
}
CALL (b, row) {
  MATCH (owner:Organisation {id: row.ownerId})
  CREATE (b)-[:OWNED_BY]->(owner)
}
CALL (b, row) {
  UNWIND row.coordinatorIds AS personId
  MATCH (p:Person {id: personId})
  CREATE (b)-[:COORDINATED_BY]->(p)
}
RETURN count(*) AS rows
