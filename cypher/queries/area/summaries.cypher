// Per-area counts as of a date: organisations, active ties inside the area, bodies, seats and vacancies.
MATCH (a:Area)
WHERE $level IS NULL OR a.level = $level
CALL (a) {
  MATCH (o:Organisation)-[:IN_AREA]->(:Area)-[:PART_OF*0..3]->(a)
  WHERE (o.since IS NULL OR o.since <= $asOf) AND (o.until IS NULL OR $asOf < o.until)
  RETURN collect(DISTINCT o) AS orgs
}
CALL (a, orgs) {
  UNWIND orgs AS o
  MATCH (o)-[t:TIE]->(other:Organisation)
  WHERE (t.since IS NULL OR t.since <= $asOf) AND (t.until IS NULL OR $asOf < t.until)
    AND (other.since IS NULL OR other.since <= $asOf) AND (other.until IS NULL OR $asOf < other.until)
    AND EXISTS { (other)-[:IN_AREA]->(:Area)-[:PART_OF*0..3]->(a) }
  RETURN count(DISTINCT t) AS ties
}
CALL (a) {
  MATCH (b:Body)-[:COVERS]->(a)
  WHERE (b.validFrom IS NULL OR b.validFrom <= $asOf) AND (b.validTo IS NULL OR $asOf < b.validTo)
  OPTIONAL MATCH (s:Seat)-[:ON]->(b)
  WHERE (s.since IS NULL OR s.since <= $asOf) AND (s.until IS NULL OR $asOf < s.until)
  WITH b, s, EXISTS {
    MATCH (:Person)-[h:HOLDS]->(s)
    WHERE (h.since IS NULL OR h.since <= $asOf) AND (h.until IS NULL OR $asOf < h.until)
  } AS held
  RETURN count(DISTINCT b) AS bodies, count(s) AS seats, count(CASE WHEN s IS NOT NULL AND NOT held THEN 1 END) AS vacancies
}
RETURN a.id AS areaId, a.name AS name, a.nameCy AS nameCy, a.level AS level,
       size(orgs) AS organisations, ties, bodies, seats, vacancies
ORDER BY a.id
