// Survey waves, newest first, optionally for one area or body; with response counts.
MATCH (w:SurveyWave)
WHERE ($keys IS NULL OR w.id IN $keys)
  AND ($areaId IS NULL OR w.areaId = $areaId)
  AND ($bodyId IS NULL OR w.bodyId = $bodyId)
RETURN w {
  .id, .name, .date, .closesOn, .areaId, .bodyId, .status, .createdAt, .createdBy, .closedAt,
  networkName: head([(w)-[:FOR_NETWORK]->(n) | n.name]),
  networkNameCy: head([(w)-[:FOR_NETWORK]->(n) | n.nameCy]),
  invited: COUNT { (w)-[:INVITES]->(:SurveyInvitation) },
  responded: COUNT { (w)-[:INVITES]->(i:SurveyInvitation) WHERE i.respondedAt IS NOT NULL }
} AS wave
ORDER BY w.date DESC, w.id
