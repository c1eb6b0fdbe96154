// Nodes per label set and relationships per type, to verify a restore against its backup.
CALL () {
  MATCH (n) WHERE NOT n:SchemaVersion AND NOT n:RestoreInProgress
  UNWIND labels(n) AS label
  RETURN collect(label) AS labels
}
CALL () {
  MATCH (a)-[r]->(b) WHERE NOT a:SchemaVersion AND NOT b:SchemaVersion
  RETURN collect(type(r)) AS types
}
RETURN labels, types
