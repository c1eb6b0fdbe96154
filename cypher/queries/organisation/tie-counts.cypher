// Active ties per organisation as of a date, for a page of organisations at once.
UNWIND $keys AS key
MATCH (o:Organisation {id: key})
RETURN key, COUNT {
  MATCH (o)-[t:TIE]-(:Organisation)
  WHERE (t.since IS NULL OR t.since <= $asOf) AND (t.until IS NULL OR $asOf < t.until)
} AS ties
