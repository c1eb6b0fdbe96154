// Signs a session out.
MATCH (s:Session {hash: $hash})
SET s.revokedAt = coalesce(s.revokedAt, datetime($at))
RETURN s.hash AS hash
