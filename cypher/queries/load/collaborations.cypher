UNWIND $rows AS row
MERGE (c:Collaboration {id: row.id})
ON CREATE SET c.createdAt = datetime($at), c.version = 1
SET c.name = row.name, c.description = row.description,
    c.since = date(row.since), c.until = date(row.until), c.updatedAt = datetime($at)
WITH c, row
CALL (c, row) {
  UNWIND row.partnerIds AS partnerId
  MATCH (o:Organisation {id: partnerId})
  MERGE (o)-[:PARTNER_IN]->(c)
}
CALL (c, row) {
  UNWIND row.themeIds AS themeId
  MATCH (t:Theme {id: themeId})
  MERGE (c)-[:ADDRESSES]->(t)
}
CALL (c, row) {
  UNWIND row.areaIds AS areaId
  MATCH (a:Area {id: areaId})
  MERGE (c)-[:IN_AREA]->(a)
}
CALL (c, row) {
  MATCH (i:Introduction {id: row.introductionId})
  MERGE (c)-[:FOLLOWED]->(i)
}
RETURN count(*) AS rows
