// The audit trail, newest first, filtered; keyset-paged by (at, id). Read only: nothing edits a Change.
MATCH (c:Change)
WHERE ($entityType IS NULL OR c.entityType = $entityType)
  AND ($actor IS NULL OR c.actor = $actor)
  AND ($from IS NULL OR c.at >= datetime($from))
  AND ($to IS NULL OR c.at < datetime($to))
  AND ($afterAt IS NULL OR c.at < datetime($afterAt) OR (c.at = datetime($afterAt) AND c.id < $afterId))
RETURN c {.*} AS change
ORDER BY c.at DESC, c.id DESC
LIMIT $limit
