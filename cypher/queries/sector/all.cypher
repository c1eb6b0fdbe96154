MATCH (s:Sector)
RETURN s {.*} AS sector
ORDER BY s.id
