// A page of ties: active as of $asOf, or (when $from/$to are given) active at any time in [from, to).
MATCH (a:Organisation)-[t:TIE]->(b:Organisation)
WHERE ($kinds IS NULL OR t.kind IN $kinds)
  AND ($sources IS NULL OR t.source IN $sources)
  AND ($organisationId IS NULL OR a.id = $organisationId OR b.id = $organisationId)
  AND CASE WHEN $from IS NULL AND $to IS NULL
        THEN (t.since IS NULL OR t.since <= $asOf) AND (t.until IS NULL OR $asOf < t.until)
        ELSE ($to IS NULL OR t.since IS NULL OR t.since < $to) AND ($from IS NULL OR t.until IS NULL OR $from < t.until)
      END
WITH t.id AS key ORDER BY key
WITH collect(key) AS keys
WITH size(keys) AS total,
     [k IN keys WHERE ($after IS NULL OR k > $after) AND ($before IS NULL OR k < $before)] AS window
RETURN total, CASE WHEN $inverted THEN reverse(window)[..$limit] ELSE window[..$limit] END AS keys
