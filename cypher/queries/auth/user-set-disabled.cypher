// Disables or re-enables an account; disabling revokes its sessions and tokens.
MATCH (u:User {id: $id})
SET u.disabled = $disabled
WITH u
CALL (u) {
  OPTIONAL MATCH (s:Session {userId: u.id}) WHERE $disabled AND s.revokedAt IS NULL
  SET s.revokedAt = datetime($at)
}
CALL (u) {
  OPTIONAL MATCH (t:ApiToken {userId: u.id}) WHERE $disabled AND t.revokedAt IS NULL
  SET t.revokedAt = datetime($at)
}
RETURN u {.id, .email, .name, .role, .areaScopes, .bodyScopes, .disabled} AS user
