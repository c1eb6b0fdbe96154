MATCH (t:Theme)
RETURN t {.*} AS theme
ORDER BY t.kind, t.code
