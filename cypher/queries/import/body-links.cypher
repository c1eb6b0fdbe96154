// Second pass over imported bodies: parents and predecessors may come later in the file.
UNWIND $rows AS row
MATCH (b:Body {id: row.id})
CALL (b, row) {
  MATCH (parent:Body {id: row.parentId})
  MERGE (b)-[:PART_OF]->(parent)
}
CALL (b, row) {
  MATCH (previous:Body {id: row.predecessorId})
  MERGE (b)-[:SUCCESSOR_OF]->(previous)
}
RETURN count(*) AS rows
