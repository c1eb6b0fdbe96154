// Upserts imported collaborations and replaces their partners, themes, areas and introduction.
UNWIND $rows AS row
MERGE (c:Collaboration {id: row.id})
ON CREATE SET c.createdAt = datetime($at), c.version = 0
SET c.name = row.name, c.description = row.description,
    c.since = date(row.since), c.until = date(row.until),
    c.version = coalesce(c.version, 0) + 1, c.updatedAt = datetime($at)
WITH c, row
CALL (c) {
  MATCH (c)-[r:ADDRESSES|IN_AREA|FOLLOWED]->()
  DELETE r
}
CALL (c) {
  MATCH (:Organisation)-[r:PARTNER_IN]->(c)
  DELETE r
}
CALL (c, row) {
  UNWIND row.partnerIds AS partnerId
  MATCH (o:Organisation {id: partnerId})
  CREATE (o)-[:PARTNER_IN]->(c)
}
CALL (c, row) {
  UNWIND row.themeIds AS themeId
  MATCH (t:Theme {id: themeId})
  CREATE (c)-[:ADDRESSES]->(t)
}
CALL (c, row) {
  UNWIND row.areaIds AS areaId
  MATCH (a:Area {id: areaId})
  CREATE (c)-[:IN_AREA]->(a)
}
CALL (c, row) {
  MATCH (i:Introduction {id: row.introductionId})
  CREATE (c)-[:FOLLOWED]->(i)
}
RETURN count(*) AS rows
