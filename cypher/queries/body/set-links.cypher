// Replaces a body's parent, owner, areas, themes, coordinators and expected sectors (not its lineage).
MATCH (b:Body {id: $row.id})
CALL (b) {
  MATCH (b)-[r:COVERS|FOCUSES_ON|EXPECTS_SECTOR|OWNED_BY|COORDINATED_BY]->()
  DELETE r
}
CALL (b) {
  MATCH (b)-[r:PART_OF]->(:Body)
  DELETE r
}
CALL (b) {
  MATCH (parent:Body {id: $row.parentId})
  CREATE (b)-[:PART_OF]->(parent)
}
CALL (b) {
  MATCH (owner:Organisation {id: $row.ownerId})
  CREATE (b)-[:OWNED_BY]->(owner)
}
CALL (b) {
  UNWIND $row.areaIds AS areaId
  MATCH (a:Area {id: areaId})
  CREATE (b)-[:COVERS]->(a)
}
CALL (b) {
  UNWIND $row.themeIds AS themeId
  MATCH (t:Theme {id: themeId})
  CREATE (b)-[:FOCUSES_ON]->(t)
}
CALL (b) {
  UNWIND $row.coordinatorIds AS personId
  MATCH (p:Person {id: personId})
  CREATE (b)-[:COORDINATED_BY]->(p)
}
CALL (b) {
  UNWIND $row.expectedSectorIds AS sectorId
  MATCH (s:Sector {id: sectorId})
  CREATE (b)-[:EXPECTS_SECTOR]->(s)
}
RETURN b.id AS key
