// Would making $parentId the parent of $id close a PART_OF loop? (the parent is $id or below it)
MATCH (p:Body {id: $parentId})-[:PART_OF*0..]->(b:Body {id: $id})
RETURN count(*) > 0 AS cycle
