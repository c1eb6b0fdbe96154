// Renames a sector if its version is still $version (reference data loaded in bulk starts at 1).
MATCH (s:Sector {id: $row.id})
WHERE coalesce(s.version, 1) = $version
SET s.name = $row.name, s.nameCy = $row.nameCy, s.version = coalesce(s.version, 1) + 1, s.updatedAt = datetime($at)
RETURN s.version AS version
