// Recreates a batch of relationships of one type between restored nodes.
UNWIND $rows AS row
MATCH (a:RestoreInProgress {__restoreRef: row.from})
MATCH (b:RestoreInProgress {__restoreRef: row.to})
CREATE (a)-[r:$($type)]->(b)
SET r = row.props
RETURN count(r) AS created
