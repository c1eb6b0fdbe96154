// The organisation suggestions are for (active on $asOf) and the level of each of its areas.
MATCH (o:Organisation {id: $key})
WHERE (o.since IS NULL OR o.since <= $asOf) AND (o.until IS NULL OR $asOf < o.until)
RETURN o.id AS id, [(o)-[:IN_AREA]->(a:Area) | a {.id, .level}] AS areas
