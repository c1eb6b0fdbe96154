UNWIND $keys AS key
MATCH (t:Theme {id: key})
RETURN t {.*} AS theme
