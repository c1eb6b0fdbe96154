// Organisations active on $asOf in an area (or its sub-areas), with whether they sit on any body.
MATCH (:Area {id: $areaId})<-[:PART_OF*0..3]-(:Area)<-[:IN_AREA]-(o:Organisation)
WHERE (o.since IS NULL OR o.since <= $asOf) AND (o.until IS NULL OR $asOf < o.until)
WITH DISTINCT o
RETURN o.id AS id, o.name AS name, o.nameCy AS nameCy, o.kind AS kind,
  head([(o)-[:IN_SECTOR]->(s:Sector) | s.id]) AS sectorId,
  [(o)-[:IN_AREA]->(a:Area) | a.id] AS areaIds,
  [(o)-[:WORKS_ON]->(t:Theme) | t.id] AS themeIds,
  (EXISTS { MATCH (o)-[m:MEMBER_OF]->(:Body) WHERE (m.since IS NULL OR m.since <= $asOf) AND (m.until IS NULL OR $asOf < m.until) }
   OR EXISTS { MATCH (o)<-[:WORKS_FOR]-(:Person)-[h:HOLDS]->(:Seat) WHERE (h.since IS NULL OR h.since <= $asOf) AND (h.until IS NULL OR $asOf < h.until) }) AS represented
