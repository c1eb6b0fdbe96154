// Introductions by key: the pair, the broker, the introducer, the events in order, what followed.
UNWIND $keys AS key
MATCH (i:Introduction {id: key})
RETURN i {
  .*,
  organisationIds: [(i)-[:BETWEEN]->(o:Organisation) | o.id],
  brokerId: head([(i)-[:BROKERED_BY]->(p:Person) | p.id]),
  introducerId: head([(i)-[:VIA]->(v:Organisation) | v.id]),
  collaborationIds: [(c:Collaboration)-[:FOLLOWED]->(i) | c.id],
  events: COLLECT { MATCH (i)-[:HAD_EVENT]->(e:IntroductionEvent) RETURN e {.*} ORDER BY e.seq }
} AS introduction
