// Creates a collaboration node; links are written by collaboration/set-links.
CREATE (c:Collaboration {
  id: $row.id, name: $row.name, description: $row.description,
  since: date($row.since), until: date($row.until),
  version: 1, createdAt: datetime($at), updatedAt: datetime($at)
})
RETURN c.id AS key
