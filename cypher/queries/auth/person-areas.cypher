// The areas (with ancestors) of the organisations each person works or worked for, for the personal-data guard.
UNWIND $keys AS key
OPTIONAL MATCH (:Person {id: key})-[:WORKS_FOR]->(:Organisation)-[:IN_AREA]->(:Area)-[:PART_OF*0..]->(up:Area)
RETURN key, collect(DISTINCT up.id) AS areaKeys
