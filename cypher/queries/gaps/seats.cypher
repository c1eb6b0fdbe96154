// Current seats on the area's bodies: the current holder (with employer, and how many seats they hold
// anywhere) and the report-back dates up to $asOf.
MATCH (:Area {id: $areaId})<-[:PART_OF*0..3]-(:Area)<-[:COVERS]-(b:Body)
WHERE (b.validFrom IS NULL OR b.validFrom <= $asOf) AND (b.validTo IS NULL OR $asOf < b.validTo)
WITH DISTINCT b
MATCH (s:Seat)-[:ON]->(b)
WHERE (s.since IS NULL OR s.since <= $asOf) AND (s.until IS NULL OR $asOf < s.until)
CALL (s) {
  OPTIONAL MATCH (p:Person)-[h:HOLDS]->(s)
  WHERE (h.since IS NULL OR h.since <= $asOf) AND (h.until IS NULL OR $asOf < h.until)
  RETURN p, h ORDER BY h.since DESC LIMIT 1
}
RETURN s.id AS id, b.id AS bodyId, s.seatType AS seatType,
  head([(s)-[:ON_BEHALF_OF]->(x:Organisation) | x.id]) AS onBehalfOfId,
  CASE WHEN p IS NULL THEN null ELSE {
    personId: p.id, name: p.name, role: p.role, since: h.since,
    organisationId: head([(p)-[:WORKS_FOR]->(org:Organisation) | org.id]),
    organisationKind: head([(p)-[:WORKS_FOR]->(org:Organisation) | org.kind]),
    totalSeats: COUNT { MATCH (p)-[h2:HOLDS]->(s2:Seat)
      WHERE (h2.since IS NULL OR h2.since <= $asOf) AND (h2.until IS NULL OR $asOf < h2.until)
        AND (s2.since IS NULL OR s2.since <= $asOf) AND (s2.until IS NULL OR $asOf < s2.until) }
  } END AS holder,
  [(r:ReportBack)-[:FOR_SEAT]->(s) WHERE r.date <= $asOf | r.date] AS reportDates
