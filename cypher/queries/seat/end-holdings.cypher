// Ends every holding of a seat still open on $until (started on or before it) that day.
MATCH (:Person)-[h:HOLDS]->(s:Seat {id: $key})
WHERE (h.until IS NULL OR h.until > date($until)) AND (h.since IS NULL OR h.since <= date($until))
SET h.until = date($until)
RETURN count(h) AS ended
