// Updates a body's fields if its version is still $version; links are rewritten by body/set-links.
MATCH (b:Body {id: $row.id})
WHERE b.version = $version
SET b.name = $row.name, b.nameCy = $row.nameCy, b.type = $row.type, b.status = $row.status,
    b.validFrom = date($row.validFrom), b.validTo = date($row.validTo),
    b.version = b.version + 1, b.updatedAt = datetime($at)
RETURN b.version AS version
