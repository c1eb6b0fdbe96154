// Creates imported ties the importer found absent (both ends matched by the organisation_id index).
// The ties come as parallel lists ($ids[i], $sourceIds[i], ...): far cheaper to send than a map per row.
// CREATE, not MERGE: the tie_id uniqueness constraint makes a tie created meanwhile by someone else
// fail the whole import transaction rather than duplicate it. Nothing is read back, so no Eager
// step and the least transaction state per tie (a quarter of a million ties fit in one transaction).
WITH datetime($at) AS at
UNWIND range(0, size($ids) - 1) AS i
MATCH (a:Organisation {id: $sourceIds[i]})
MATCH (b:Organisation {id: $targetIds[i]})
CREATE (a)-[:TIE {
  id: $ids[i], kind: $kinds[i], source: $origins[i], trust: toInteger($trusts[i]), value: toInteger($values[i]),
  since: date($sinces[i]), until: date($untils[i]),
  recordedAt: at, recordedBy: $actor, version: 1
}]->(b)
RETURN count(*) AS rows
