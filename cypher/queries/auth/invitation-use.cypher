// Marks an invitation used, once: a second use finds nothing.
MATCH (i:Invitation {id: $id})
WHERE i.usedAt IS NULL
SET i.usedAt = datetime($at), i.userId = $userId
RETURN i.id AS id
