// Introductions between organisations of the area (or members of the body) first made in [$from, $to],
// counted by their status as of $to (the last event on or before $to).
MATCH (i:Introduction)
WHERE ($areaId IS NULL OR EXISTS { (i)-[:BETWEEN]->(:Organisation)-[:IN_AREA]->(:Area)-[:PART_OF*0..3]->(:Area {id: $areaId}) })
  AND ($bodyId IS NULL OR EXISTS { (i)-[:BETWEEN]->(:Organisation)-[:MEMBER_OF]->(:Body {id: $bodyId}) })
WITH i, COLLECT { MATCH (i)-[:HAD_EVENT]->(e:IntroductionEvent) RETURN e ORDER BY e.seq } AS events
WITH i, events, CASE WHEN size(events) = 0 THEN null ELSE events[0].at END AS madeAt,
     [e IN events WHERE e.at <= $to] AS upTo
WHERE madeAt IS NOT NULL AND $from <= madeAt AND madeAt <= $to
WITH coalesce(upTo[size(upTo) - 1].status, i.status) AS status
RETURN status, count(*) AS count
ORDER BY status
