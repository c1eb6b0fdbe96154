// Organisation pairs whose introduction was declined on or after $since, latest decline first.
MATCH (i:Introduction)-[:HAD_EVENT]->(e:IntroductionEvent {status: 'declined'})
WHERE e.at >= $since
WITH i, max(e.at) AS declinedAt
MATCH (i)-[:BETWEEN]->(o:Organisation)
WITH i, declinedAt, o ORDER BY o.id
RETURN i.id AS introductionId, declinedAt, collect(o.id) AS organisationIds
ORDER BY declinedAt DESC, introductionId
