/** `cyswllt backup --out file.json`: a consistent snapshot of the whole graph (docs/reliability.md). */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { connect } from '../db/connect.ts';
import { createBackup } from '../services/backup.ts';

export async function runBackup(argv: string[]): Promise<number> {
  const { values } = parseArgs({ args: argv, options: { out: { type: 'string' } } });
  if (!values.out) {
    console.error('Usage: pnpm cyswllt backup --out file.json');
    return 2;
  }
  const { db } = await connect();
  try {
    const backup = await createBackup(db);
    writeFileSync(values.out, JSON.stringify(backup), { mode: 0o600 });
    console.log(`Backed up ${backup.counts.nodes} nodes and ${backup.counts.relationships} relationships (schema ${backup.schemaVersion}) to ${values.out}.`);
    console.log('It holds personal data and password hashes: keep it as safe as the database.');
    return 0;
  } finally {
    await db.close();
  }
}
