// An organisation a respondent added: marked as coming from the survey and awaiting the
// coordinator's review; for a body's wave it joins the body, brought in by the respondent.
MATCH (o:Organisation {id: $organisationId}), (i:SurveyInvitation {id: $invitationId})
SET o.source = 'survey', o.reviewStatus = 'pending', o.proposedInWave = i.waveId
MERGE (i)-[:PROPOSED]->(o)
WITH o, i
CALL (o, i) {
  MATCH (b:Body {id: $bodyId})
  MERGE (o)-[m:MEMBER_OF]->(b)
  ON CREATE SET m.since = date($since), m.broughtBy = i.organisationId, m.source = 'survey'
}
RETURN o.id AS key
