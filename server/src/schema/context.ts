/** What every resolver receives: the database, the request's actor, and its id for the audit trail. */
import type { Actor } from '../auth/actor.ts';
import type { Database } from '../db/database.ts';

export interface Context {
  db: Database;
  /** the audit id of whoever is acting (a user id, or `anonymous`): what every Change records */
  actor: string;
  /** who is acting, with role and scopes (auth/actor.ts); checked by auth/enforce.ts */
  auth: Actor;
}
