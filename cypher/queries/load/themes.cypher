UNWIND $rows AS row
MERGE (t:Theme {id: row.id})
SET t.code = row.code, t.name = row.name, t.nameCy = row.nameCy, t.kind = row.kind
RETURN count(*) AS rows
