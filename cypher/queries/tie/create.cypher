MATCH (a:Organisation {id: $row.sourceId}), (b:Organisation {id: $row.targetId})
CREATE (a)-[t:TIE {
  id: $row.id, kind: $row.kind, source: $row.source, trust: $row.trust, value: $row.value,
  since: date($row.since), until: date($row.until), note: $row.note,
  version: 1, recordedAt: datetime($at), recordedBy: $actor, updatedAt: datetime($at)
}]->(b)
RETURN t.id AS key
