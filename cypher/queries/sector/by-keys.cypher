UNWIND $keys AS key
MATCH (s:Sector {id: key})
RETURN s {.*} AS sector
