// Moves an introduction to a new status (if its version is still $version), keeping the event.
MATCH (i:Introduction {id: $key})
WHERE i.version = $version
CREATE (e:IntroductionEvent {introductionId: i.id, seq: $seq, status: $status, at: date($on), note: $note, byId: $byId})
CREATE (i)-[:HAD_EVENT]->(e)
SET i.status = $status, i.statusSince = date($on), i.version = i.version + 1, i.updatedAt = datetime($at)
RETURN i.version AS version
