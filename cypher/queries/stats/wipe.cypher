// Empties the graph (tests and `seed --reset` only), in batches so large graphs do not exhaust memory.
MATCH (n) WHERE NOT n:SchemaVersion
CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS
