// Organisations respondents added in a wave, for the coordinator to review.
MATCH (:SurveyWave {id: $waveId})-[:INVITES]->(i:SurveyInvitation)-[:PROPOSED]->(o:Organisation)
RETURN DISTINCT o { .id, .name, .reviewStatus,
  sectorId: head([(o)-[:IN_SECTOR]->(s:Sector) | s.id]),
  proposedBy: i.organisationId } AS organisation
ORDER BY organisation.name
