// Which of the ids an import refers to already exist, per label (for reference checks).
CALL () { UNWIND $organisationIds AS id MATCH (n:Organisation {id: id}) RETURN collect(n.id) AS organisations }
CALL () { UNWIND $personIds AS id MATCH (n:Person {id: id}) RETURN collect(n.id) AS people }
CALL () { UNWIND $bodyIds AS id MATCH (n:Body {id: id}) RETURN collect(n.id) AS bodies }
CALL () { UNWIND $seatIds AS id MATCH (n:Seat {id: id}) RETURN collect(n.id) AS seats }
CALL () { UNWIND $collaborationIds AS id MATCH (n:Collaboration {id: id}) RETURN collect(n.id) AS collaborations }
CALL () { UNWIND $introductionIds AS id MATCH (n:Introduction {id: id}) RETURN collect(n.id) AS introductions }
RETURN organisations, people, bodies, seats, collaborations, introductions
