// Updates imported ties that exist with other values (index seek on the tie_id constraint).
UNWIND $rows AS row
MATCH ()-[t:TIE {id: row.id}]->()
SET t.kind = row.kind, t.source = row.origin, t.trust = row.trust, t.value = row.value,
    t.since = date(row.since), t.until = date(row.until),
    t.version = coalesce(t.version, 0) + 1, t.updatedAt = datetime($at)
RETURN count(*) AS rows
