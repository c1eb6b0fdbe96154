// Every tie touching the respondent's organisation (either direction, any source, any time), and
// the keys of that organisation's invitations in any wave: what a submission is reconciled against.
MATCH (r:Organisation {id: $organisationId})
CALL (r) {
  OPTIONAL MATCH (r)-[t:TIE]-(other:Organisation)
  RETURN collect(CASE WHEN t IS NULL THEN null ELSE {
    id: t.id, sourceId: startNode(t).id, targetId: endNode(t).id, otherId: other.id, kind: t.kind,
    source: t.source, trust: t.trust, value: t.value, frequency: t.frequency, since: t.since, until: t.until,
    surveyWaveId: t.surveyWaveId, reportedBy: coalesce(t.reportedBy, []), endedBySurveyWave: t.endedBySurveyWave,
    retracted: coalesce(t.retracted, false), version: t.version
  } END) AS ties
}
RETURN ties, [(r)<-[:FOR]-(i:SurveyInvitation) | i.id] AS invitationKeys
