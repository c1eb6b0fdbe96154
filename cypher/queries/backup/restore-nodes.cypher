// Recreates a batch of nodes sharing one set of labels; __restoreRef links relationships to them.
UNWIND $rows AS row
CREATE (n:$($labels):RestoreInProgress)
SET n = row.props, n.__restoreRef = row.ref
RETURN count(n) AS created
