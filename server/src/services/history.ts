/** Reading the audit trail: an entity's changes, newest first. */
import type { Database } from '../db/database.ts';
import { int } from '../db/values.ts';

export interface ChangeView {
  id: string;
  at: string;
  actor: string;
  action: string;
  entityType: string;
  entityId: string;
  before: string | null;
  after: string | null;
  reason: string | null;
}

export async function historyForKeys(db: Database, keys: readonly string[], limit = 100): Promise<ChangeView[][]> {
  const rows = await db.read<{ key: string; changes: ChangeView[] }>('change/for-entities', { keys: [...keys], limit: int(limit) });
  const found = new Map(rows.map((r) => [r.key, r.changes]));
  return keys.map((k) => found.get(k) ?? []);
}

export async function recentChanges(db: Database, entityType: string | null, limit: number): Promise<ChangeView[]> {
  return (await db.read<{ change: ChangeView }>('change/recent', { entityType, limit: int(limit) })).map((r) => r.change);
}
