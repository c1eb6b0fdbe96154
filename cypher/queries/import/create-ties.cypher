// Creates imported ties the importer found absent (both ends matched by the organisation_id index).
// CREATE, not MERGE: the tie_id uniqueness constraint makes a tie created meanwhile by someone else
// fail the whole import transaction rather than duplicate it. Nothing is read back, so no Eager
// step and the least transaction state per tie (a quarter of a million ties fit in one transaction).
UNWIND $rows AS row
MATCH (a:Organisation {id: row.sourceId})
MATCH (b:Organisation {id: row.targetId})
CREATE (a)-[:TIE {
  id: row.id, kind: row.kind, source: row.origin, trust: row.trust, value: row.value,
  since: date(row.since), until: date(row.until),
  recordedAt: datetime($at), recordedBy: $actor, version: 1
}]->(b)
RETURN count(*) AS rows
