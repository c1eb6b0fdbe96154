/** `cyswllt restore file.json [--force]`: into an empty database, then verified (docs/reliability.md). */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { connect } from '../db/connect.ts';
import { restoreBackup, RestoreRefusedError, type BackupFile } from '../services/backup.ts';

export async function runRestore(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, options: { force: { type: 'boolean', default: false } } });
  const file = positionals[0];
  if (!file) {
    console.error('Usage: pnpm cyswllt restore file.json [--force]');
    return 2;
  }
  const backup = JSON.parse(readFileSync(file, 'utf8')) as BackupFile;
  const { db } = await connect();
  try {
    console.log(`Restoring ${backup.counts.nodes} nodes and ${backup.counts.relationships} relationships from ${file} (taken ${backup.createdAt})...`);
    const result = await restoreBackup(db, backup, { force: values.force ?? false, log: console.log });
    console.log(`Restored and verified: ${result.nodes} nodes, ${result.relationships} relationships.`);
    return 0;
  } catch (error) {
    if (error instanceof RestoreRefusedError) {
      console.error(`Refused: ${error.message}`);
      return 3;
    }
    throw error;
  } finally {
    await db.close();
  }
}
