// Everything a suggestion request reads besides the cached neighbourhood, in one round trip: the data
// version (exactly as change/latest), and, when the organisation is active on $asOf, the level of each
// of its areas, its partners now (the cached neighbourhood may lag writes: they are never suggested)
// and its declined introductions (anchored on the organisation's unique id, not on the
// status index, so it costs the same however many introductions were declined elsewhere).
OPTIONAL MATCH (o:Organisation {id: $key})
WHERE (o.since IS NULL OR o.since <= $asOf) AND (o.until IS NULL OR $asOf < o.until)
RETURN head(COLLECT { MATCH (c:Change) RETURN toString(c.at) + '|' + c.id AS version ORDER BY c.at DESC LIMIT 1 }) AS version,
  o IS NOT NULL AS found,
  [(o)-[:IN_AREA]->(a:Area) | a {.id, .level}] AS areas,
  [(o)-[t:TIE]-(p:Organisation)
     WHERE (t.since IS NULL OR t.since <= $asOf) AND (t.until IS NULL OR $asOf < t.until) | p.id] AS partners,
  [(o)<-[:BETWEEN]-(i:Introduction)-[:BETWEEN]->(x:Organisation)
     WHERE i.status = 'declined' AND x.id <> $key AND (i.statusSince IS NULL OR i.statusSince <= $asOf)
     | {id: i.id, other: x.id, since: i.statusSince}] AS declined
