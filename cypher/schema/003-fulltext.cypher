// Ranked free-text search over organisation names in English and Welsh.
CREATE FULLTEXT INDEX organisation_names IF NOT EXISTS FOR (n:Organisation) ON EACH [n.name, n.nameCy];
CREATE FULLTEXT INDEX person_names IF NOT EXISTS FOR (n:Person) ON EACH [n.name];
CREATE FULLTEXT INDEX body_names IF NOT EXISTS FOR (n:Body) ON EACH [n.name, n.nameCy];
