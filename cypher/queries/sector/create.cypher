CREATE (s:Sector {id: $row.id, name: $row.name, nameCy: $row.nameCy, version: 1, createdAt: datetime($at), updatedAt: datetime($at)})
RETURN s.id AS key
