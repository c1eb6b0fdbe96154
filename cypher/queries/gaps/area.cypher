// The area a gap report is for, and the local authorities in it (itself, if it is one).
MATCH (a:Area {id: $areaId})
OPTIONAL MATCH (la:Area {level: 'local_authority'})-[:PART_OF*0..3]->(a)
RETURN a {.id, .name, .nameCy, .level} AS area, collect(DISTINCT la {.id, .name, .nameCy}) AS localAuthorities
