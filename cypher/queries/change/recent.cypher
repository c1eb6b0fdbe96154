// The most recent changes across the graph, optionally of one entity type.
MATCH (c:Change)
WHERE $entityType IS NULL OR c.entityType = $entityType
RETURN c {.*} AS change
ORDER BY c.at DESC
LIMIT $limit
