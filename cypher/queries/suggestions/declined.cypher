// Declined introductions involving an organisation, with the date they were declined.
MATCH (:Organisation {id: $key})<-[:BETWEEN]-(i:Introduction {status: 'declined'})-[:BETWEEN]->(o:Organisation)
WHERE o.id <> $key AND (i.statusSince IS NULL OR i.statusSince <= $asOf)
RETURN i.id AS id, o.id AS other, i.statusSince AS since
