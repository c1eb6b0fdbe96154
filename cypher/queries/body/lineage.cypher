// Each body's predecessors, nearest first, back to the first body of its line.
UNWIND $keys AS key
MATCH (b:Body {id: key})
OPTIONAL MATCH path = (b)-[:SUCCESSOR_OF*1..50]->(first:Body)
WHERE NOT (first)-[:SUCCESSOR_OF]->(:Body)
WITH key, path ORDER BY length(path) DESC
WITH key, head(collect(path)) AS path
RETURN key, CASE WHEN path IS NULL THEN [] ELSE [n IN tail(nodes(path)) | n.id] END AS lineage
