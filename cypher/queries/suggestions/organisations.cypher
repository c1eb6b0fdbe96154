// Organisations by key (active on $asOf): sector, areas, themes.
UNWIND $keys AS key
MATCH (o:Organisation {id: key})
WHERE (o.since IS NULL OR o.since <= $asOf) AND (o.until IS NULL OR $asOf < o.until)
RETURN o.id AS id, o.name AS name, o.nameCy AS nameCy, o.kind AS kind,
  head([(o)-[:IN_SECTOR]->(s:Sector) | s.id]) AS sectorId,
  [(o)-[:IN_AREA]->(a:Area) | a.id] AS areaIds,
  [(o)-[:WORKS_ON]->(t:Theme) | t.id] AS themeIds
