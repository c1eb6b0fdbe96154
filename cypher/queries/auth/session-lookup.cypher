// The live session with this hash and its enabled account, if any.
MATCH (s:Session {hash: $hash})
WHERE s.revokedAt IS NULL AND s.expiresAt > datetime($now)
MATCH (u:User {id: s.userId})
WHERE NOT coalesce(u.disabled, false)
RETURN s.csrf AS csrf, u {.id, .email, .name, .role, .areaScopes, .bodyScopes, .disabled} AS user
