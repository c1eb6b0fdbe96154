// A page of introductions that existed on a date, by their status on that date, broker, area and organisation.
MATCH (i:Introduction)
WHERE ($brokerId IS NULL OR EXISTS { (i)-[:BROKERED_BY]->(:Person {id: $brokerId}) })
  AND ($areaId IS NULL OR EXISTS { (i)-[:BETWEEN]->(:Organisation)-[:IN_AREA]->(:Area)-[:PART_OF*0..3]->(:Area {id: $areaId}) })
  AND ($organisationId IS NULL OR EXISTS { (i)-[:BETWEEN]->(:Organisation {id: $organisationId}) })
WITH i, COLLECT {
  MATCH (i)-[:HAD_EVENT]->(e:IntroductionEvent) WHERE e.at <= $asOf
  RETURN e.status ORDER BY e.seq DESC LIMIT 1
} AS latest
WHERE size(latest) > 0 AND ($statuses IS NULL OR latest[0] IN $statuses)
WITH i.id AS key ORDER BY key
WITH collect(key) AS keys
WITH size(keys) AS total,
     [k IN keys WHERE ($after IS NULL OR k > $after) AND ($before IS NULL OR k < $before)] AS window
RETURN total, CASE WHEN $inverted THEN reverse(window)[..$limit] ELSE window[..$limit] END AS keys
