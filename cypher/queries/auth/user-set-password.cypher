// Replaces an account's password hash and revokes its sessions (signed in elsewhere = signed out).
MATCH (u:User {id: $id})
SET u.passwordHash = $passwordHash, u.passwordChangedAt = datetime($at)
WITH u
OPTIONAL MATCH (s:Session {userId: u.id}) WHERE s.revokedAt IS NULL
SET s.revokedAt = datetime($at)
RETURN u.id AS id
