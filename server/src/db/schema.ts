/**
 * Applies cypher/schema/NNN-*.cypher in order, once each, recording each as a SchemaVersion node.
 * Statements use IF NOT EXISTS, so a re-run after a crash is harmless; a database whose schema is
 * newer than this code understands is refused rather than silently misread.
 */
import { schemaMigrations } from '@cyswllt/cypher';
import type { Database } from './database.ts';
import { int } from './values.ts';

export class SchemaTooNewError extends Error {
  constructor(readonly found: number, readonly supported: number) {
    super(
      `The database has schema version ${found}, but this Cyswllt understands up to ${supported}. ` +
        'Upgrade Cyswllt, or point NEO4J_URI at another database.',
    );
  }
}

export function latestSchemaVersion(): number {
  return Math.max(0, ...schemaMigrations().map((m) => m.version));
}

export async function currentSchemaVersion(db: Database): Promise<number> {
  const [row] = await db.read<{ version: number }>('schema/current-version');
  return row?.version ?? 0;
}

/** Returns the versions it applied (empty when the database was already current). */
export async function applySchema(db: Database): Promise<number[]> {
  const current = await currentSchemaVersion(db);
  const supported = latestSchemaVersion();
  if (current > supported) throw new SchemaTooNewError(current, supported);
  const applied: number[] = [];
  for (const migration of schemaMigrations()) {
    if (migration.version <= current) continue;
    for (const statement of migration.statements) await db.runSchemaStatement(statement);
    await db.write((tx) => tx.run('schema/record-version', { version: int(migration.version), name: migration.name }));
    applied.push(migration.version);
  }
  return applied;
}
