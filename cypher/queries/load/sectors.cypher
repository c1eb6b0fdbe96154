UNWIND $rows AS row
MERGE (s:Sector {id: row.id})
SET s.name = row.name, s.nameCy = row.nameCy
RETURN count(*) AS rows
