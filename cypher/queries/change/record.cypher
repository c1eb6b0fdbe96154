// The audit trail: one Change per write, never edited through the app.
CREATE (c:Change {
  id: $id, at: datetime($at), actor: $actor, action: $action,
  entityType: $entityType, entityId: $entityId,
  before: $before, after: $after, reason: $reason
})
RETURN c.id AS id
