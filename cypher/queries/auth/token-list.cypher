// API tokens of one account (or all when $userId is null), without hashes.
MATCH (t:ApiToken)
WHERE $userId IS NULL OR t.userId = $userId
RETURN t {.id, .name, .userId, .createdAt, .expiresAt, .revokedAt} AS token
ORDER BY t.createdAt DESC
