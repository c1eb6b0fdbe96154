// Whether the area or body a wave is for exists; a body's areas (new organisations are placed there).
OPTIONAL MATCH (a:Area {id: $areaId})
OPTIONAL MATCH (b:Body {id: $bodyId})
RETURN a.id AS areaId, a.name AS areaName, b.id AS bodyId, b.name AS bodyName,
       CASE WHEN b IS NULL THEN [] ELSE [(b)-[:COVERS]->(x:Area) | x.id] END AS bodyAreaIds
