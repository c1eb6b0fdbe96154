// A tie reported in a survey: provenance survey, since the wave's date, who reported it and how often.
MATCH (a:Organisation {id: $row.sourceId}), (b:Organisation {id: $row.targetId})
CREATE (a)-[t:TIE {
  id: $row.id, kind: $row.kind, source: 'survey', trust: $row.trust, value: $row.value,
  frequency: $row.frequency, since: date($row.since), until: null,
  surveyWaveId: $row.surveyWaveId, reportedBy: $row.reportedBy, retracted: false,
  version: 1, recordedAt: datetime($at), recordedBy: $actor, updatedAt: datetime($at)
}]->(b)
RETURN t.id AS key
