CREATE (a:Area {id: $row.id, name: $row.name, nameCy: $row.nameCy, level: $row.level, version: 1, createdAt: datetime($at), updatedAt: datetime($at)})
WITH a
CALL (a) {
  MATCH (parent:Area {id: $row.parentId})
  CREATE (a)-[:PART_OF]->(parent)
}
RETURN a.id AS key
