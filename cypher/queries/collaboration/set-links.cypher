// Replaces a collaboration's partners, themes, areas and the introduction it followed.
MATCH (c:Collaboration {id: $row.id})
CALL (c) {
  MATCH (c)-[r:ADDRESSES|IN_AREA|FOLLOWED]->()
  DELETE r
}
CALL (c) {
  MATCH (:Organisation)-[r:PARTNER_IN]->(c)
  DELETE r
}
CALL (c) {
  UNWIND $row.partnerIds AS partnerId
  MATCH (o:Organisation {id: partnerId})
  CREATE (o)-[:PARTNER_IN]->(c)
}
CALL (c) {
  UNWIND $row.themeIds AS themeId
  MATCH (t:Theme {id: themeId})
  CREATE (c)-[:ADDRESSES]->(t)
}
CALL (c) {
  UNWIND $row.areaIds AS areaId
  MATCH (a:Area {id: areaId})
  CREATE (c)-[:IN_AREA]->(a)
}
CALL (c) {
  MATCH (i:Introduction {id: $row.introductionId})
  CREATE (c)-[:FOLLOWED]->(i)
}
RETURN c.id AS key
