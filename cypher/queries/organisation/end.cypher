// Ends an organisation (nothing is deleted): it is no longer seen as of $until or later.
MATCH (o:Organisation {id: $key})
WHERE o.version = $version
SET o.until = date($until), o.version = o.version + 1, o.updatedAt = datetime($at)
RETURN o.version AS version
