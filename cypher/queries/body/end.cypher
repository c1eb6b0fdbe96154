// Ends a body: valid to $validTo with status lapsed or replaced; nothing is deleted.
MATCH (b:Body {id: $key})
WHERE b.version = $version
SET b.validTo = date($validTo), b.status = $status, b.version = b.version + 1, b.updatedAt = datetime($at)
RETURN b.version AS version
