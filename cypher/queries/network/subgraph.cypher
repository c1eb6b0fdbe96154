// The organisations that match a filter as of a date, and the ties between them active then.
// Every filter is optional (null = no filter); an area includes its sub-areas.
MATCH (o:Organisation)
WHERE (o.since IS NULL OR o.since <= $asOf) AND (o.until IS NULL OR $asOf < o.until)
  AND ($areaId IS NULL OR EXISTS { (o)-[:IN_AREA]->(:Area)-[:PART_OF*0..3]->(:Area {id: $areaId}) })
  AND ($sectorId IS NULL OR EXISTS { (o)-[:IN_SECTOR]->(:Sector {id: $sectorId}) })
  AND ($kind IS NULL OR o.kind = $kind)
  AND ($themeId IS NULL OR EXISTS { (o)-[:WORKS_ON]->(:Theme {id: $themeId}) })
  AND ($bodyId IS NULL OR EXISTS {
        MATCH (o)-[m:MEMBER_OF]->(:Body {id: $bodyId})
        WHERE (m.since IS NULL OR m.since <= $asOf) AND (m.until IS NULL OR $asOf < m.until) }
      OR EXISTS {
        MATCH (o)<-[:WORKS_FOR]-(:Person)-[h:HOLDS]->(:Seat)-[:ON]->(:Body {id: $bodyId})
        WHERE (h.since IS NULL OR h.since <= $asOf) AND (h.until IS NULL OR $asOf < h.until) })
OPTIONAL MATCH (o)-[:IN_SECTOR]->(s:Sector)
WITH o, s ORDER BY o.id
WITH collect({
  id: o.id, name: o.name, nameCy: o.nameCy, kind: o.kind, sectorId: s.id,
  areaIds: [(o)-[:IN_AREA]->(a:Area) | a.id],
  themeIds: [(o)-[:WORKS_ON]->(t:Theme) | t.id]
}) AS nodes, collect(o) AS orgs
CALL (orgs) {
  WITH orgs, [x IN orgs | x.id] AS ids
  UNWIND orgs AS a
  MATCH (a)-[t:TIE]->(b:Organisation)
  WHERE b.id IN ids
    AND (t.since IS NULL OR t.since <= $asOf) AND (t.until IS NULL OR $asOf < t.until)
  RETURN collect({
    id: t.id, source: a.id, target: b.id, kind: t.kind, origin: t.source,
    trust: t.trust, value: t.value, since: t.since, until: t.until
  }) AS edges
}
RETURN nodes, edges
