// Revokes a token (of one account unless $userId is null, for admins).
MATCH (t:ApiToken {id: $id})
WHERE $userId IS NULL OR t.userId = $userId
SET t.revokedAt = coalesce(t.revokedAt, datetime($at))
RETURN t {.id, .name, .userId, .createdAt, .expiresAt, .revokedAt} AS token
