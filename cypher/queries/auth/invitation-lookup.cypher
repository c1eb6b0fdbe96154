// An unused, unexpired invitation by id; the caller compares the secret's hash.
MATCH (i:Invitation {id: $id})
WHERE i.usedAt IS NULL AND i.expiresAt > datetime($now)
RETURN i {.id, .hash, .email, .name, .role, .areaScopes, .bodyScopes, .invitedBy} AS invitation
