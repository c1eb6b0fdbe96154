UNWIND $keys AS key
MATCH (a:Organisation)-[t:TIE {id: key}]->(b:Organisation)
RETURN t {.*, sourceId: a.id, targetId: b.id} AS tie
