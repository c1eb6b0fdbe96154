MERGE (v:SchemaVersion {version: $version})
ON CREATE SET v.name = $name, v.appliedAt = datetime()
