// One invitation per member organisation; only the SHA-256 hash of its token is stored.
MATCH (w:SurveyWave {id: $waveId})
UNWIND $rows AS row
MATCH (o:Organisation {id: row.organisationId})
CREATE (i:SurveyInvitation {
  id: row.id, waveId: w.id, organisationId: o.id, tokenHash: row.tokenHash,
  createdAt: datetime($at), submissions: 0, reminders: 0
})
CREATE (w)-[:INVITES]->(i)-[:FOR]->(o)
RETURN i.id AS key
