// The current state of the bodies an import names.
UNWIND $ids AS id
MATCH (b:Body {id: id})
RETURN b.id AS id, b.name AS name, b.nameCy AS nameCy, b.type AS type, b.status AS status,
       b.validFrom AS validFrom, b.validTo AS validTo,
       head([(b)-[:PART_OF]->(x:Body) | x.id]) AS parentId,
       head([(b)-[:SUCCESSOR_OF]->(x:Body) | x.id]) AS predecessorId,
       head([(b)-[:OWNED_BY]->(x:Organisation) | x.id]) AS ownerId,
       [(b)-[:COVERS]->(x:Area) | x.id] AS areaIds,
       [(b)-[:FOCUSES_ON]->(x:Theme) | x.id] AS themeIds,
       [(b)-[:COORDINATED_BY]->(x:Person) | x.id] AS coordinatorIds,
       [(b)-[:EXPECTS_SECTOR]->(x:Sector) | x.id] AS expectedSectorIds
