// The areas (with every ancestor) and bodies each write target touches, for the write policy.
// Organisation: its areas. Body: itself and its parents, and the areas they cover. Seat: its body's.
// Person: their organisations'. Tie: both organisations'. Collaboration: its own areas and its
// partners'. Introduction: the introduced organisations'. Area: itself.
UNWIND $targets AS target
CALL (target) {
  MATCH (a:Area {id: target.key}) WHERE target.label = 'Area'
  RETURN a AS area, null AS body
  UNION
  MATCH (o:Organisation {id: target.key}) WHERE target.label = 'Organisation'
  OPTIONAL MATCH (o)-[:IN_AREA]->(a:Area)
  RETURN a AS area, null AS body
  UNION
  MATCH (b0:Body {id: target.key}) WHERE target.label = 'Body'
  MATCH (b0)-[:PART_OF*0..4]->(b:Body)
  OPTIONAL MATCH (b)-[:COVERS]->(a:Area)
  RETURN a AS area, b AS body
  UNION
  MATCH (:Seat {id: target.key})-[:ON]->(b0:Body) WHERE target.label = 'Seat'
  MATCH (b0)-[:PART_OF*0..4]->(b:Body)
  OPTIONAL MATCH (b)-[:COVERS]->(a:Area)
  RETURN a AS area, b AS body
  UNION
  MATCH (:Person {id: target.key})-[:WORKS_FOR]->(o:Organisation) WHERE target.label = 'Person'
  OPTIONAL MATCH (o)-[:IN_AREA]->(a:Area)
  RETURN a AS area, null AS body
  UNION
  MATCH (o:Organisation)-[:TIE {id: target.key}]-(:Organisation) WHERE target.label = 'Tie'
  OPTIONAL MATCH (o)-[:IN_AREA]->(a:Area)
  RETURN a AS area, null AS body
  UNION
  MATCH (c:Collaboration {id: target.key}) WHERE target.label = 'Collaboration'
  OPTIONAL MATCH (c)-[:IN_AREA]->(a:Area)
  RETURN a AS area, null AS body
  UNION
  MATCH (:Collaboration {id: target.key})<-[:PARTNER_IN]-(o:Organisation) WHERE target.label = 'Collaboration'
  OPTIONAL MATCH (o)-[:IN_AREA]->(a:Area)
  RETURN a AS area, null AS body
  UNION
  MATCH (:Introduction {id: target.key})-[:BETWEEN]->(o:Organisation) WHERE target.label = 'Introduction'
  OPTIONAL MATCH (o)-[:IN_AREA]->(a:Area)
  RETURN a AS area, null AS body
}
OPTIONAL MATCH (area)-[:PART_OF*0..]->(up:Area)
WITH target, collect(DISTINCT up.id) AS areaKeys, collect(DISTINCT body.id) AS bodyKeys
RETURN target.ref AS ref, areaKeys, bodyKeys
