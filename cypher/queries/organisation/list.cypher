// A page of organisations matching a filter as of a date, keyset-paged by key, with the total.
MATCH (o:Organisation)
WHERE (o.since IS NULL OR o.since <= $asOf) AND (o.until IS NULL OR $asOf < o.until)
  AND ($sectorIds IS NULL OR EXISTS { MATCH (o)-[:IN_SECTOR]->(s:Sector) WHERE s.id IN $sectorIds })
  AND ($kinds IS NULL OR o.kind IN $kinds)
  AND ($areaId IS NULL OR EXISTS { (o)-[:IN_AREA]->(:Area)-[:PART_OF*0..3]->(:Area {id: $areaId}) })
  AND ($themeId IS NULL OR EXISTS { (o)-[:WORKS_ON]->(:Theme {id: $themeId}) })
  AND ($bodyId IS NULL OR EXISTS {
        MATCH (o)-[m:MEMBER_OF]->(:Body {id: $bodyId})
        WHERE (m.since IS NULL OR m.since <= $asOf) AND (m.until IS NULL OR $asOf < m.until) }
      OR EXISTS {
        MATCH (o)<-[:WORKS_FOR]-(:Person)-[h:HOLDS]->(:Seat)-[:ON]->(:Body {id: $bodyId})
        WHERE (h.since IS NULL OR h.since <= $asOf) AND (h.until IS NULL OR $asOf < h.until) })
  AND ($text IS NULL OR toLower(o.name) CONTAINS toLower($text) OR toLower(coalesce(o.nameCy, '')) CONTAINS toLower($text))
WITH o.id AS key ORDER BY key
WITH collect(key) AS keys
WITH size(keys) AS total,
     [k IN keys WHERE ($after IS NULL OR k > $after) AND ($before IS NULL OR k < $before)] AS window
RETURN total, CASE WHEN $inverted THEN reverse(window)[..$limit] ELSE window[..$limit] END AS keys
