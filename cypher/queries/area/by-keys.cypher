UNWIND $keys AS key
MATCH (a:Area {id: key})
RETURN a {.*, parentId: head([(a)-[:PART_OF]->(p:Area) | p.id])} AS area
