// One row per introduction for brokerage statistics: when made, when it became a collaboration, the pair's sectors.
MATCH (i:Introduction)
WHERE ($brokerId IS NULL OR EXISTS { (i)-[:BROKERED_BY]->(:Person {id: $brokerId}) })
  AND ($areaId IS NULL OR EXISTS { (i)-[:BETWEEN]->(:Organisation)-[:IN_AREA]->(:Area)-[:PART_OF*0..3]->(:Area {id: $areaId}) })
RETURN i.id AS key,
       COLLECT { MATCH (i)-[:HAD_EVENT]->(e:IntroductionEvent) RETURN e.at ORDER BY e.seq LIMIT 1 }[0] AS madeAt,
       COLLECT { MATCH (i)-[:HAD_EVENT]->(e:IntroductionEvent {status: 'collaborating'}) RETURN e.at ORDER BY e.seq LIMIT 1 }[0] AS convertedAt,
       [(i)-[:BETWEEN]->(o:Organisation) | head([(o)-[:IN_SECTOR]->(s:Sector) | s.id])] AS sectorIds
