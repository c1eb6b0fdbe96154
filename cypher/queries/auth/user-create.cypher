// A new account; the password arrives already hashed (argon2id).
CREATE (u:User {
  id: $user.id, email: $user.email, name: $user.name, role: $user.role,
  areaScopes: $user.areaScopes, bodyScopes: $user.bodyScopes,
  passwordHash: $user.passwordHash, createdAt: datetime($at), disabled: false
})
RETURN u {.id, .email, .name, .role, .areaScopes, .bodyScopes, .disabled} AS user
