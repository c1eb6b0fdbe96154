// Open introductions (suggested, introduced, meeting_held) between two organisations.
MATCH (:Organisation {id: $a})<-[:BETWEEN]-(i:Introduction)-[:BETWEEN]->(:Organisation {id: $b})
WHERE i.status IN ['suggested', 'introduced', 'meeting_held']
RETURN i.id AS key
