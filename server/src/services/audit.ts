/** Every write leaves a Change: who, when, what (before/after) and why. */
import { randomUUID } from 'node:crypto';
import type { WriteTx } from '../db/database.ts';

export interface ChangeRecord {
  actor: string;
  action: string;
  entityType: string;
  entityId: string;
  before?: unknown;
  after?: unknown;
  reason?: string | null;
  at?: string;
}

export async function recordChange(tx: WriteTx, change: ChangeRecord): Promise<string> {
  const id = `change-${randomUUID()}`;
  await tx.run('change/record', {
    id,
    at: change.at ?? new Date().toISOString(),
    actor: change.actor,
    action: change.action,
    entityType: change.entityType,
    entityId: change.entityId,
    before: change.before === undefined ? null : JSON.stringify(change.before),
    after: change.after === undefined ? null : JSON.stringify(change.after),
    reason: change.reason ?? null,
  });
  return id;
}
