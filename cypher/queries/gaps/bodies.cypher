// Bodies covering the area (or its sub-areas) that are valid on $asOf, with expected sectors and current members.
MATCH (:Area {id: $areaId})<-[:PART_OF*0..3]-(:Area)<-[:COVERS]-(b:Body)
WHERE (b.validFrom IS NULL OR b.validFrom <= $asOf) AND (b.validTo IS NULL OR $asOf < b.validTo)
WITH DISTINCT b
RETURN b.id AS id, b.name AS name, b.nameCy AS nameCy, b.type AS type,
  [(b)-[:COVERS]->(a:Area) | a.id] AS areaIds,
  [(b)-[:EXPECTS_SECTOR]->(s:Sector) | s.id] AS expectedSectorIds,
  [(o:Organisation)-[m:MEMBER_OF]->(b)
     WHERE (m.since IS NULL OR m.since <= $asOf) AND (m.until IS NULL OR $asOf < m.until)
       AND (o.since IS NULL OR o.since <= $asOf) AND (o.until IS NULL OR $asOf < o.until) | o.id] AS memberIds
