CREATE (t:Theme {id: $row.id, code: $row.code, name: $row.name, nameCy: $row.nameCy, kind: $row.kind, version: 1, createdAt: datetime($at), updatedAt: datetime($at)})
RETURN t.id AS key
