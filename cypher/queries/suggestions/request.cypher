// Everything a suggestion request reads besides the cached neighbourhood, in one round trip: the data
// version (exactly as change/latest), and, when the organisation is active on $asOf, the level of each
// of its areas and its declined introductions (anchored on the organisation's unique id, not on the
// status index, so it costs the same however many introductions were declined elsewhere).
OPTIONAL MATCH (o:Organisation {id: $key})
WHERE (o.since IS NULL OR o.since <= $asOf) AND (o.until IS NULL OR $asOf < o.until)
RETURN head(COLLECT { MATCH (c:Change) RETURN toString(c.at) + '|' + c.id AS version ORDER BY c.at DESC LIMIT 1 }) AS version,
  o IS NOT NULL AS found,
  [(o)-[:IN_AREA]->(a:Area) | a {.id, .level}] AS areas,
  [(o)<-[:BETWEEN]-(i:Introduction)-[:BETWEEN]->(x:Organisation)
     WHERE i.status = 'declined' AND x.id <> $key AND (i.statusSince IS NULL OR i.statusSince <= $asOf)
     | {id: i.id, other: x.id, since: i.statusSince}] AS declined
