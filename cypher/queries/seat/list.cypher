// A page of seats existing on a date, by body, seat type, organisation, holder, area and vacancy.
MATCH (s:Seat)-[:ON]->(b:Body)
WHERE (s.since IS NULL OR s.since <= $asOf) AND (s.until IS NULL OR $asOf < s.until)
  AND ($bodyId IS NULL OR b.id = $bodyId)
  AND ($seatTypes IS NULL OR s.seatType IN $seatTypes)
  AND ($onBehalfOfId IS NULL OR EXISTS { (s)-[:ON_BEHALF_OF]->(:Organisation {id: $onBehalfOfId}) })
  AND ($areaId IS NULL OR EXISTS { (b)-[:COVERS]->(:Area)-[:PART_OF*0..3]->(:Area {id: $areaId}) })
  AND ($holderId IS NULL OR EXISTS { MATCH (:Person {id: $holderId})-[h:HOLDS]->(s) WHERE (h.since IS NULL OR h.since <= $asOf) AND (h.until IS NULL OR $asOf < h.until) })
  AND ($vacant IS NULL OR $vacant = (NOT EXISTS { MATCH (:Person)-[h:HOLDS]->(s) WHERE (h.since IS NULL OR h.since <= $asOf) AND (h.until IS NULL OR $asOf < h.until) }))
WITH s.id AS key ORDER BY key
WITH collect(key) AS keys
WITH size(keys) AS total,
     [k IN keys WHERE ($after IS NULL OR k > $after) AND ($before IS NULL OR k < $before)] AS window
RETURN total, CASE WHEN $inverted THEN reverse(window)[..$limit] ELSE window[..$limit] END AS keys
