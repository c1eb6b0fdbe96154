// An account by its (lower-cased) email, with its password hash, for sign-in only.
MATCH (u:User {email: $email})
RETURN u {.id, .email, .name, .role, .areaScopes, .bodyScopes, .disabled, .passwordHash} AS user
