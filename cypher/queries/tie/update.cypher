// Updates a tie's attributes (not its ends) if its version is still $version.
MATCH (:Organisation)-[t:TIE {id: $row.id}]->(:Organisation)
WHERE t.version = $version
SET t.kind = $row.kind, t.source = $row.source, t.trust = $row.trust, t.value = $row.value,
    t.since = date($row.since), t.until = date($row.until), t.note = $row.note,
    t.version = t.version + 1, t.updatedAt = datetime($at), t.updatedBy = $actor
RETURN t.version AS version
