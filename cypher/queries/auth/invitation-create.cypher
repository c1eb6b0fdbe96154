// An admin's invitation: role and scopes fixed by the admin; only the SHA-256 of its secret is stored.
CREATE (i:Invitation {
  id: $id, hash: $hash, email: $email, name: $name, role: $role, areaScopes: $areaScopes, bodyScopes: $bodyScopes,
  invitedBy: $invitedBy, createdAt: datetime($at), expiresAt: datetime($expiresAt)
})
RETURN i.id AS id
