// A sign-in session: only the SHA-256 of the cookie value is stored, with the CSRF token it pairs with.
MATCH (u:User {id: $userId})
CREATE (s:Session {hash: $hash, userId: u.id, csrf: $csrf, createdAt: datetime($at), expiresAt: datetime($expiresAt)})
RETURN s.hash AS hash
