// Bumps a seat's version after a change to its holders (optimistic concurrency).
MATCH (s:Seat {id: $key})
WHERE s.version = $version
SET s.version = s.version + 1, s.updatedAt = datetime($at)
RETURN s.version AS version
