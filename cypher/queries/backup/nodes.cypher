// Every node with its labels and properties (schema version markers excepted), for a backup.
MATCH (n)
WHERE NOT n:SchemaVersion
RETURN elementId(n) AS ref, labels(n) AS labels, properties(n) AS props
