// Accounts by id, without secrets.
UNWIND $ids AS id
MATCH (u:User {id: id})
RETURN u {.id, .email, .name, .role, .areaScopes, .bodyScopes, .disabled} AS user
