// Corrects the start of a person's open employment.
MATCH (p:Person {id: $key})-[w:WORKS_FOR]->(:Organisation)
WHERE w.until IS NULL
SET w.since = date($since)
RETURN count(w) AS changed
