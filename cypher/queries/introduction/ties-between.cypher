// Ties of any kind between two organisations active on $at: they already work together.
MATCH (:Organisation {id: $a})-[t:TIE]-(:Organisation {id: $b})
WHERE (t.since IS NULL OR t.since <= date($at)) AND (t.until IS NULL OR date($at) < t.until)
RETURN t.id AS key, t.kind AS kind
