// Ends a tie: it stays in the graph and is seen as of dates before $until.
MATCH (:Organisation)-[t:TIE {id: $key}]->(:Organisation)
WHERE t.version = $version
SET t.until = date($until), t.version = t.version + 1, t.updatedAt = datetime($at), t.updatedBy = $actor
RETURN t.version AS version
