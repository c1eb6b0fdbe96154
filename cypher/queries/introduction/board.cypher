// Every introduction's current status, by broker and area (incl. sub-areas): the pipeline board.
MATCH (i:Introduction)
WHERE ($brokerId IS NULL OR EXISTS { (i)-[:BROKERED_BY]->(:Person {id: $brokerId}) })
  AND ($areaId IS NULL OR EXISTS { (i)-[:BETWEEN]->(:Organisation)-[:IN_AREA]->(:Area)-[:PART_OF*0..3]->(:Area {id: $areaId}) })
RETURN i.id AS key, i.status AS status
ORDER BY i.statusSince DESC, key
