// Lookups the API makes: filters on kind/type/level, time windows, audit by entity.
CREATE INDEX organisation_kind IF NOT EXISTS FOR (n:Organisation) ON (n.kind);
CREATE INDEX organisation_until IF NOT EXISTS FOR (n:Organisation) ON (n.until);
CREATE INDEX body_type IF NOT EXISTS FOR (n:Body) ON (n.type);
CREATE INDEX area_level IF NOT EXISTS FOR (n:Area) ON (n.level);
CREATE INDEX person_email IF NOT EXISTS FOR (n:Person) ON (n.email);
CREATE INDEX introduction_status IF NOT EXISTS FOR (n:Introduction) ON (n.status);
CREATE INDEX change_entity IF NOT EXISTS FOR (n:Change) ON (n.entityId);
CREATE INDEX change_at IF NOT EXISTS FOR (n:Change) ON (n.at);
CREATE INDEX tie_kind IF NOT EXISTS FOR ()-[r:TIE]-() ON (r.kind);
CREATE INDEX tie_since IF NOT EXISTS FOR ()-[r:TIE]-() ON (r.since);
CREATE INDEX tie_until IF NOT EXISTS FOR ()-[r:TIE]-() ON (r.until);
