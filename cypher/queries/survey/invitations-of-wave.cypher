// A wave's invitations with their organisation, response and reminder state (never the token hash).
MATCH (w:SurveyWave {id: $waveId})-[:INVITES]->(i:SurveyInvitation)-[:FOR]->(o:Organisation)
RETURN i {
  .id, .waveId, .organisationId, .respondedAt, .submissions, .reminders, .lastRemindedAt, .answers,
  organisationName: o.name, organisationNameCy: o.nameCy
} AS invitation
ORDER BY o.name, i.id
