// Moves an introduction to a new status (if its version is still $version), keeping the event.
MATCH (i:Introduction {id: $key})
WHERE i.version = $version
CREATE (e:IntroductionEvent {introductionId: i.id, seq: $seq, status: $status, at: date($at), note: $note, byId: $byId})
CREATE (i)-[:HAD_EVENT]->(e)
SET i.status = $status, i.statusSince = date($at), i.version = i.version + 1, i.updatedAt = datetime($at2)
RETURN i.version AS version
