// The audit trail of several entities at once (DataLoader), newest first.
UNWIND $keys AS key
MATCH (c:Change {entityId: key})
WITH key, c ORDER BY c.at DESC
RETURN key, collect(c {.*})[..$limit] AS changes
