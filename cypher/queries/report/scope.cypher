// What a report is about: the area or body's names, and the areas whose gaps it can show.
OPTIONAL MATCH (a:Area {id: $areaId})
OPTIONAL MATCH (b:Body {id: $bodyId})
RETURN a { .id, .name, .nameCy } AS area, b { .id, .name, .nameCy, .type } AS body,
       CASE WHEN b IS NULL THEN [] ELSE [(b)-[:COVERS]->(x:Area) | x.id] END AS bodyAreaIds
