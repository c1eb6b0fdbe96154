// An API token for scripts: only the SHA-256 of its secret is stored.
MATCH (u:User {id: $userId})
CREATE (t:ApiToken {id: $id, hash: $hash, userId: u.id, name: $name, createdAt: datetime($at), createdBy: $createdBy, expiresAt: CASE WHEN $expiresAt IS NULL THEN null ELSE datetime($expiresAt) END})
RETURN t {.id, .name, .userId, .createdAt, .expiresAt, .revokedAt} AS token
