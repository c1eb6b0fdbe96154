MATCH (t:Theme {id: $row.id})
WHERE coalesce(t.version, 1) = $version
SET t.code = $row.code, t.name = $row.name, t.nameCy = $row.nameCy, t.kind = $row.kind,
    t.version = coalesce(t.version, 1) + 1, t.updatedAt = datetime($at)
RETURN t.version AS version
