/** The shared steps of every versioned write: load inside the transaction, check the version. */
import type { QueryName } from '@cyswllt/cypher';
import type { WriteTx } from '../db/database.ts';
import { ConflictError, NotFoundError } from '../domain/errors.ts';

export async function loadByKeysIn<T extends { id: string }>(tx: WriteTx, query: QueryName, field: string, keys: string[]): Promise<Map<string, T>> {
  const rows = await tx.run<Record<string, T>>(query, { keys });
  return new Map(rows.map((r) => [r[field]!.id, r[field]!]));
}

export async function loadOneForWrite<T extends { id: string; version: number }>(
  tx: WriteTx,
  query: QueryName,
  field: string,
  entityType: string,
  key: string,
  version?: number,
): Promise<T> {
  const existing = (await loadByKeysIn<T>(tx, query, field, [key])).get(key);
  if (!existing) throw new NotFoundError(entityType, key);
  if (version !== undefined) assertVersion(entityType, existing, version);
  return existing;
}

/** Optimistic concurrency: refuse a write based on a version that is no longer current. */
export function assertVersion(entityType: string, existing: { id: string; version: number }, version: number): void {
  if (existing.version !== version) {
    throw new ConflictError(
      'stale_version',
      `${entityType} "${existing.id}" has changed since version ${version} (it is now version ${existing.version}); reload and try again`,
    );
  }
}
