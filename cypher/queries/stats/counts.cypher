// Whole-database counts by label and relationship type, for the start-up banner and tests.
CALL () { MATCH (n:Organisation) RETURN count(n) AS organisations }
CALL () { MATCH (n:Sector) RETURN count(n) AS sectors }
CALL () { MATCH (n:Area) RETURN count(n) AS areas }
CALL () { MATCH (n:Person) RETURN count(n) AS people }
CALL () { MATCH (n:Body) RETURN count(n) AS bodies }
CALL () { MATCH (n:Seat) RETURN count(n) AS seats }
CALL () { MATCH (n:Collaboration) RETURN count(n) AS collaborations }
CALL () { MATCH (n:Introduction) RETURN count(n) AS introductions }
CALL () { MATCH ()-[t:TIE]->() RETURN count(t) AS ties }
RETURN organisations, sectors, areas, people, bodies, seats, collaborations, introductions, ties
