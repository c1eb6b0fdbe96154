// The current state of the ties an import names (index seek on the tie_id constraint).
UNWIND $ids AS id
MATCH (a:Organisation)-[t:TIE {id: id}]->(b:Organisation)
RETURN t.id AS id, a.id AS sourceId, b.id AS targetId, t.kind AS kind, t.source AS origin,
       t.trust AS trust, t.value AS value, t.since AS since, t.until AS until
