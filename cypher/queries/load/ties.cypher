UNWIND $rows AS row
MATCH (a:Organisation {id: row.sourceId}), (b:Organisation {id: row.targetId})
MERGE (a)-[t:TIE {id: row.id}]->(b)
ON CREATE SET t.recordedAt = datetime($at), t.recordedBy = $actor, t.version = 1
SET t.kind = row.kind, t.source = row.source, t.trust = row.trust, t.value = row.value,
    t.since = date(row.since), t.until = date(row.until)
RETURN count(*) AS rows
