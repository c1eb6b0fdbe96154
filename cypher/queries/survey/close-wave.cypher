// Closes a wave: its links stop working.
MATCH (w:SurveyWave {id: $waveId})
SET w.status = 'closed', w.closedAt = datetime($at), w.version = coalesce(w.version, 1) + 1
RETURN w.id AS key
