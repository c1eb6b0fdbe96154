// Active ties of one kind between two organisations, either direction: a second one is a duplicate.
MATCH (a:Organisation {id: $sourceId})-[t:TIE]-(b:Organisation {id: $targetId})
WHERE t.kind = $kind AND t.until IS NULL AND ($exceptId IS NULL OR t.id <> $exceptId)
RETURN t.id AS key
