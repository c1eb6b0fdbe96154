// Accounts: users, sign-in sessions, API tokens and invitations. Secrets are stored only as hashes.
CREATE CONSTRAINT user_id IF NOT EXISTS FOR (n:User) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT user_email IF NOT EXISTS FOR (n:User) REQUIRE n.email IS UNIQUE;
CREATE CONSTRAINT session_hash IF NOT EXISTS FOR (n:Session) REQUIRE n.hash IS UNIQUE;
CREATE CONSTRAINT api_token_id IF NOT EXISTS FOR (n:ApiToken) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT invitation_id IF NOT EXISTS FOR (n:Invitation) REQUIRE n.id IS UNIQUE;
CREATE INDEX change_actor IF NOT EXISTS FOR (n:Change) ON (n.actor);
CREATE INDEX change_entity_type IF NOT EXISTS FOR (n:Change) ON (n.entityType);
// Restores link relationships to the nodes they just created through this marker (removed afterwards).
CREATE INDEX restore_ref IF NOT EXISTS FOR (n:RestoreInProgress) ON (n.__restoreRef)
