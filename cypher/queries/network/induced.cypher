// The organisations with the given keys and the ties among them active as of a date.
MATCH (o:Organisation) WHERE o.id IN $keys
OPTIONAL MATCH (o)-[:IN_SECTOR]->(s:Sector)
WITH o, s ORDER BY o.id
WITH collect({
  id: o.id, name: o.name, nameCy: o.nameCy, kind: o.kind, sectorId: s.id,
  areaIds: [(o)-[:IN_AREA]->(a:Area) | a.id],
  themeIds: [(o)-[:WORKS_ON]->(t:Theme) | t.id]
}) AS nodes
CALL () {
  MATCH (a:Organisation)-[t:TIE]->(b:Organisation)
  WHERE a.id IN $keys AND b.id IN $keys
    AND (t.since IS NULL OR t.since <= $asOf) AND (t.until IS NULL OR $asOf < t.until)
  RETURN collect({
    id: t.id, source: a.id, target: b.id, kind: t.kind, origin: t.source,
    trust: t.trust, value: t.value, since: t.since, until: t.until
  }) AS edges
}
RETURN nodes, edges
