// A page of people working for an organisation as of a date, by organisation / area (incl. sub-areas) / text.
// The text matches a role for anyone, but a name only where the caller may see that person's name
// ($namesEverywhere for admins; else people of organisations in $nameAreas, as the personal-data guard),
// so a caller who sees people only as roles cannot probe for names through the filter.
MATCH (p:Person)-[w:WORKS_FOR]->(o:Organisation)
WHERE (w.since IS NULL OR w.since <= $asOf) AND (w.until IS NULL OR $asOf < w.until)
  AND ($organisationId IS NULL OR o.id = $organisationId)
  AND ($areaId IS NULL OR EXISTS { (o)-[:IN_AREA]->(:Area)-[:PART_OF*0..3]->(:Area {id: $areaId}) })
  AND ($text IS NULL OR toLower(coalesce(p.role, '')) CONTAINS toLower($text)
       OR (toLower(p.name) CONTAINS toLower($text)
           AND ($namesEverywhere OR EXISTS {
             (p)-[:WORKS_FOR]->(:Organisation)-[:IN_AREA]->(:Area)-[:PART_OF*0..]->(up:Area) WHERE up.id IN $nameAreas })))
WITH DISTINCT p.id AS key ORDER BY key
WITH collect(key) AS keys
WITH size(keys) AS total,
     [k IN keys WHERE ($after IS NULL OR k > $after) AND ($before IS NULL OR k < $before)] AS window
RETURN total, CASE WHEN $inverted THEN reverse(window)[..$limit] ELSE window[..$limit] END AS keys
