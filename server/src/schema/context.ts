/** What every resolver receives: the database and the request's actor. */
import type { Database } from '../db/database.ts';

export interface Context {
  db: Database;
  actor: string;
}
