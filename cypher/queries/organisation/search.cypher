// Ranked free-text search over English and Welsh names (Lucene syntax escaped by the caller).
CALL db.index.fulltext.queryNodes('organisation_names', $query) YIELD node, score
WHERE (node.since IS NULL OR node.since <= $asOf) AND (node.until IS NULL OR $asOf < node.until)
RETURN node.id AS key, score
ORDER BY score DESC, key
LIMIT $limit
