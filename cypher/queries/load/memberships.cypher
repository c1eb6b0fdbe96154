UNWIND $rows AS row
MATCH (o:Organisation {id: row.organisationId}), (b:Body {id: row.bodyId})
MERGE (o)-[m:MEMBER_OF]->(b)
SET m.since = date(row.since), m.until = date(row.until), m.broughtBy = row.broughtById
RETURN count(*) AS rows
