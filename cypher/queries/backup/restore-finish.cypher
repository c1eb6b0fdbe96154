// Removes the restore markers, in batches.
MATCH (n:RestoreInProgress)
CALL (n) { REMOVE n:RestoreInProgress, n.__restoreRef } IN TRANSACTIONS OF 10000 ROWS
