// The invitation a survey link opens, with its wave and organisation.
MATCH (w:SurveyWave)-[:INVITES]->(i:SurveyInvitation {tokenHash: $tokenHash})-[:FOR]->(o:Organisation)
RETURN i { .id, .waveId, .organisationId, .respondedAt, .submissions, .answers } AS invitation,
       w { .id, .name, .date, .closesOn, .areaId, .bodyId, .status,
           networkName: head([(w)-[:FOR_NETWORK]->(n) | n.name]),
           networkNameCy: head([(w)-[:FOR_NETWORK]->(n) | n.nameCy]) } AS wave,
       o { .id, .name, .nameCy } AS organisation
