// Reconciles one tie with a survey submission: ratings, reporters, and whether (and why) it ended.
MATCH (:Organisation)-[t:TIE {id: $row.id}]->(:Organisation)
WHERE t.version = $version
SET t.trust = $row.trust, t.value = $row.value, t.frequency = $row.frequency,
    t.until = date($row.until), t.reportedBy = $row.reportedBy, t.retracted = $row.retracted,
    t.endedBySurveyWave = $row.endedBySurveyWave,
    t.version = t.version + 1, t.updatedAt = datetime($at), t.updatedBy = $actor
RETURN t.version AS version
