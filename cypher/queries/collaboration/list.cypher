// A page of collaborations active on a date, by partner, theme, area (incl. sub-areas) and name.
MATCH (c:Collaboration)
WHERE (c.since IS NULL OR c.since <= $asOf) AND (c.until IS NULL OR $asOf < c.until)
  AND ($partnerId IS NULL OR EXISTS { (:Organisation {id: $partnerId})-[:PARTNER_IN]->(c) })
  AND ($themeId IS NULL OR EXISTS { (c)-[:ADDRESSES]->(:Theme {id: $themeId}) })
  AND ($areaId IS NULL OR EXISTS { (c)-[:IN_AREA]->(:Area)-[:PART_OF*0..3]->(:Area {id: $areaId}) })
  AND ($text IS NULL OR toLower(c.name) CONTAINS toLower($text))
WITH c.id AS key ORDER BY key
WITH collect(key) AS keys
WITH size(keys) AS total,
     [k IN keys WHERE ($after IS NULL OR k > $after) AND ($before IS NULL OR k < $before)] AS window
RETURN total, CASE WHEN $inverted THEN reverse(window)[..$limit] ELSE window[..$limit] END AS keys
