// The current state of the organisations an import names, in the importer's flat shape.
UNWIND $ids AS id
MATCH (o:Organisation {id: id})
RETURN o.id AS id, o.name AS name, o.nameCy AS nameCy, o.kind AS kind, o.size AS size,
       o.charityNumber AS charityNumber, o.website AS website, o.since AS since, o.until AS until,
       o.attributes AS attributesJson,
       head([(o)-[:IN_SECTOR]->(s:Sector) | s.id]) AS sectorId,
       [(o)-[:IN_AREA]->(a:Area) | a.id] AS areaIds,
       [(o)-[:WORKS_ON]->(t:Theme) | t.id] AS themeIds
