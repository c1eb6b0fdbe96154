// Updates a person's name, email and role if the version is still $version.
MATCH (p:Person {id: $row.id})
WHERE p.version = $version
SET p.name = $row.name, p.email = $row.email, p.role = $row.role,
    p.version = p.version + 1, p.updatedAt = datetime($at)
RETURN p.version AS version
