// The live token with this id and its enabled account; the caller compares the secret's hash.
MATCH (t:ApiToken {id: $id})
WHERE t.revokedAt IS NULL AND (t.expiresAt IS NULL OR t.expiresAt > datetime($now))
MATCH (u:User {id: t.userId})
WHERE NOT coalesce(u.disabled, false)
RETURN t.hash AS hash, u {.id, .email, .name, .role, .areaScopes, .bodyScopes, .disabled} AS user
