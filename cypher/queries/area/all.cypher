MATCH (a:Area)
RETURN a {.*, parentId: head([(a)-[:PART_OF]->(p:Area) | p.id])} AS area
ORDER BY a.id
