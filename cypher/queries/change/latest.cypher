// The data version: the time and id of the newest Change. Any recorded write moves it, so caches
// keyed by it can never serve figures older than the data.
MATCH (c:Change)
WHERE c.at IS NOT NULL
RETURN toString(c.at) + '|' + c.id AS version
ORDER BY c.at DESC
LIMIT 1
