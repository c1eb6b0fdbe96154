// Ends a seat on $until (nothing is deleted).
MATCH (s:Seat {id: $key})
WHERE s.version = $version
SET s.until = date($until), s.version = s.version + 1, s.updatedAt = datetime($at)
RETURN s.version AS version
