// Representation coverage as of $asOf: each body covering the area (or the one body asked for) that
// is valid then, with its seats, how many are held or vacant, and its third-sector seats.
MATCH (b:Body)
WHERE (($bodyId IS NOT NULL AND b.id = $bodyId)
    OR ($bodyId IS NULL AND EXISTS { (b)-[:COVERS]->(:Area)-[:PART_OF*0..3]->(:Area {id: $areaId}) }))
  AND (b.validFrom IS NULL OR b.validFrom <= $asOf) AND (b.validTo IS NULL OR $asOf < b.validTo)
CALL (b) {
  OPTIONAL MATCH (s:Seat)-[:ON]->(b)
  WHERE (s.since IS NULL OR s.since <= $asOf) AND (s.until IS NULL OR $asOf < s.until)
  WITH s, EXISTS {
    MATCH (:Person)-[h:HOLDS]->(s)
    WHERE (h.since IS NULL OR h.since <= $asOf) AND (h.until IS NULL OR $asOf < h.until)
  } AS held
  RETURN count(s) AS seats,
         count(CASE WHEN held THEN s END) AS held,
         count(CASE WHEN s.seatType = 'third_sector_representative' THEN s END) AS thirdSectorSeats,
         count(CASE WHEN s.seatType = 'third_sector_representative' AND held THEN s END) AS thirdSectorHeld
}
RETURN b.id AS id, b.name AS name, b.nameCy AS nameCy, b.type AS type,
       seats, held, seats - held AS vacant, thirdSectorSeats, thirdSectorHeld
ORDER BY b.name, b.id
