// The organisations that match a filter as of a date, and every active tie leaving them (the
// caller keeps the ties whose other end is also in the set: a set test Cypher cannot do cheaply).
// Every filter is optional (null = no filter); an area includes its sub-areas, and when given the
// search starts from it rather than from every organisation. Dates leave as ISO text: the same
// text the driver's date objects would become, without decoding tens of thousands of them.
CALL () {
  // each branch is guarded before its MATCH, so the other branch never scans (no label scan of
  // every organisation when an area is given)
  WITH $areaId AS areaId WHERE areaId IS NOT NULL
  MATCH (:Area {id: areaId})<-[:PART_OF*0..3]-(:Area)<-[:IN_AREA]-(o:Organisation)
  RETURN DISTINCT o
  UNION
  WITH $areaId AS areaId WHERE areaId IS NULL
  MATCH (o:Organisation)
  RETURN o
}
WITH o
WHERE (o.since IS NULL OR o.since <= $asOf) AND (o.until IS NULL OR $asOf < o.until)
  AND ($sectorId IS NULL OR EXISTS { (o)-[:IN_SECTOR]->(:Sector {id: $sectorId}) })
  AND ($kind IS NULL OR o.kind = $kind)
  AND ($themeId IS NULL OR EXISTS { (o)-[:WORKS_ON]->(:Theme {id: $themeId}) })
  AND ($bodyId IS NULL OR EXISTS {
        MATCH (o)-[m:MEMBER_OF]->(:Body {id: $bodyId})
        WHERE (m.since IS NULL OR m.since <= $asOf) AND (m.until IS NULL OR $asOf < m.until) }
      OR EXISTS {
        MATCH (o)<-[:WORKS_FOR]-(:Person)-[h:HOLDS]->(:Seat)-[:ON]->(:Body {id: $bodyId})
        WHERE (h.since IS NULL OR h.since <= $asOf) AND (h.until IS NULL OR $asOf < h.until) })
CALL (o) {
  OPTIONAL MATCH (o)-[t:TIE]->(b:Organisation)
  WHERE (t.since IS NULL OR t.since <= $asOf) AND (t.until IS NULL OR $asOf < t.until)
  // a tie as a list [id, target, kind, origin, trust, value, since, until]: tens of thousands of
  // them, and lists cost less to build and to decode than maps
  RETURN collect([t.id, b.id, t.kind, t.source, t.trust, t.value, toString(t.since), toString(t.until)]) AS outgoing
}
WITH o, outgoing ORDER BY o.id
RETURN collect(outgoing) AS edgeLists, collect({
  id: o.id, name: o.name, nameCy: o.nameCy, kind: o.kind,
  sectorId: head([(o)-[:IN_SECTOR]->(s:Sector) | s.id]),
  areaIds: [(o)-[:IN_AREA]->(a:Area) | a.id],
  themeIds: [(o)-[:WORKS_ON]->(t:Theme) | t.id]
}) AS nodes
