// The shortest ways one organisation can reach another as of a date: through ties, through staff
// who sit on the same body, and through shared membership of a body. Each step is returned with
// its label, key and name so the caller can say it in words.
MATCH (a:Organisation {id: $from}), (b:Organisation {id: $to})
MATCH p = allShortestPaths((a)-[:TIE|WORKS_FOR|HOLDS|ON|MEMBER_OF*..10]-(b))
WHERE all(r IN relationships(p) WHERE (r.since IS NULL OR r.since <= $asOf) AND (r.until IS NULL OR $asOf < r.until))
  AND all(n IN nodes(p) WHERE NOT n:Seat OR n.until IS NULL OR $asOf < n.until)
// Equally short paths come in no fixed order: sort by their keys so answers are reproducible.
WITH p, [n IN nodes(p) | n.id] AS keys
ORDER BY keys
LIMIT $limit
RETURN
  [n IN nodes(p) | {label: head(labels(n)), key: n.id, name: coalesce(n.name, n.seatType), role: n.role}] AS steps,
  [r IN relationships(p) | {type: type(r), key: r.id, kind: r.kind, trust: r.trust}] AS links
