// The bodies each of $keys sits on as of $asOf: as a member, or through staff holding a seat.
UNWIND $keys AS key
MATCH (o:Organisation {id: key})
CALL (o) {
  MATCH (o)-[m:MEMBER_OF]->(b:Body)
  WHERE (m.since IS NULL OR m.since <= $asOf) AND (m.until IS NULL OR $asOf < m.until)
  RETURN b
  UNION
  MATCH (o)<-[:WORKS_FOR]-(:Person)-[h:HOLDS]->(s:Seat)-[:ON]->(b:Body)
  WHERE (h.since IS NULL OR h.since <= $asOf) AND (h.until IS NULL OR $asOf < h.until)
    AND (s.until IS NULL OR $asOf < s.until)
  RETURN b
}
RETURN b.id AS id, b.name AS name, b.nameCy AS nameCy, collect(DISTINCT o.id) AS organisationIds
