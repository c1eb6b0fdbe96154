// Every account, without secrets, for admins.
MATCH (u:User)
RETURN u {.id, .email, .name, .role, .areaScopes, .bodyScopes, .disabled} AS user
ORDER BY u.email
