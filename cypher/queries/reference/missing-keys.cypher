// Which referenced keys name no node of their kind: validation before a write.
// One branch per label so every lookup uses that label's uniqueness index.
UNWIND $refs AS ref
CALL (ref) {
  WITH ref WHERE ref.label = 'Organisation' OPTIONAL MATCH (n:Organisation {id: ref.key}) RETURN n IS NOT NULL AS found
  UNION ALL
  WITH ref WHERE ref.label = 'Sector' OPTIONAL MATCH (n:Sector {id: ref.key}) RETURN n IS NOT NULL AS found
  UNION ALL
  WITH ref WHERE ref.label = 'Area' OPTIONAL MATCH (n:Area {id: ref.key}) RETURN n IS NOT NULL AS found
  UNION ALL
  WITH ref WHERE ref.label = 'Theme' OPTIONAL MATCH (n:Theme {id: ref.key}) RETURN n IS NOT NULL AS found
  UNION ALL
  WITH ref WHERE ref.label = 'Person' OPTIONAL MATCH (n:Person {id: ref.key}) RETURN n IS NOT NULL AS found
  UNION ALL
  WITH ref WHERE ref.label = 'Body' OPTIONAL MATCH (n:Body {id: ref.key}) RETURN n IS NOT NULL AS found
  UNION ALL
  WITH ref WHERE ref.label = 'Seat' OPTIONAL MATCH (n:Seat {id: ref.key}) RETURN n IS NOT NULL AS found
  UNION ALL
  WITH ref WHERE ref.label = 'Collaboration' OPTIONAL MATCH (n:Collaboration {id: ref.key}) RETURN n IS NOT NULL AS found
  UNION ALL
  WITH ref WHERE ref.label = 'Introduction' OPTIONAL MATCH (n:Introduction {id: ref.key}) RETURN n IS NOT NULL AS found
}
WITH ref, found
WHERE NOT found
RETURN ref.label AS label, ref.key AS key, ref.path AS path
