// A page of bodies valid on a date, by type, status, area (incl. sub-areas), parent and name.
MATCH (b:Body)
WHERE (b.validFrom IS NULL OR b.validFrom <= $asOf) AND (b.validTo IS NULL OR $asOf < b.validTo)
  AND ($types IS NULL OR b.type IN $types)
  AND ($statuses IS NULL OR b.status IN $statuses)
  AND ($areaId IS NULL OR EXISTS { (b)-[:COVERS]->(:Area)-[:PART_OF*0..3]->(:Area {id: $areaId}) })
  AND ($parentId IS NULL OR EXISTS { (b)-[:PART_OF]->(:Body {id: $parentId}) })
  AND ($text IS NULL OR toLower(b.name) CONTAINS toLower($text) OR toLower(coalesce(b.nameCy, '')) CONTAINS toLower($text))
WITH b.id AS key ORDER BY key
WITH collect(key) AS keys
WITH size(keys) AS total,
     [k IN keys WHERE ($after IS NULL OR k > $after) AND ($before IS NULL OR k < $before)] AS window
RETURN total, CASE WHEN $inverted THEN reverse(window)[..$limit] ELSE window[..$limit] END AS keys
