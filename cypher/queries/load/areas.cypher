UNWIND $rows AS row
MERGE (a:Area {id: row.id})
SET a.name = row.name, a.nameCy = row.nameCy, a.level = row.level
WITH a, row
CALL (a, row) {
  MATCH (parent:Area {id: row.parentId})
  MERGE (a)-[:PART_OF]->(parent)
}
RETURN count(*) AS rows
