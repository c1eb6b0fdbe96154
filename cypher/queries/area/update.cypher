// Updates an area's names, level and parent if its version is still $version.
MATCH (a:Area {id: $row.id})
WHERE coalesce(a.version, 1) = $version
SET a.name = $row.name, a.nameCy = $row.nameCy, a.level = $row.level,
    a.version = coalesce(a.version, 1) + 1, a.updatedAt = datetime($at)
WITH a
CALL (a) {
  MATCH (a)-[r:PART_OF]->(:Area)
  DELETE r
}
CALL (a) {
  MATCH (parent:Area {id: $row.parentId})
  CREATE (a)-[:PART_OF]->(parent)
}
RETURN a.version AS version
