/**
 * `cyswllt seed`: loads the deterministic Welsh demo network, or with --organisations N a generated
 * network of that size for benchmarks. --reset empties the graph first.
 */
import { parseArgs } from 'node:util';
import { ensureDemoUsers } from '../auth/demo-users.ts';
import { connect } from '../db/connect.ts';
import { generateDemoNetwork } from '../seed/generate-demo.ts';
import { generateScaleNetwork } from '../seed/generate-scale.ts';
import { seedDatabase } from '../services/seeding.ts';

export async function runSeed(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      reset: { type: 'boolean', default: false },
      organisations: { type: 'string' },
      seed: { type: 'string' },
    },
  });
  const seed = values.seed === undefined ? undefined : Number(values.seed);
  if (seed !== undefined && !Number.isInteger(seed)) {
    console.error(`--seed must be a whole number, got "${values.seed}"`);
    return 2;
  }
  const size = values.organisations === undefined ? undefined : Number(values.organisations);
  if (size !== undefined && !(Number.isInteger(size) && size > 0)) {
    console.error(`--organisations must be a positive whole number, got "${values.organisations}"`);
    return 2;
  }
  const { db } = await connect();
  try {
    const dataset = size === undefined ? generateDemoNetwork(seed) : generateScaleNetwork(size, seed);
    const counts = await seedDatabase(db, dataset, { reset: values.reset ?? false, actor: 'cli:seed' });
    console.log(`Loaded: ${Object.entries(counts).map(([k, v]) => `${v} ${k}`).join(', ')}`);
    // The demo network comes with its demo accounts (docs/security.md); a scale network with none.
    if (size === undefined && (await ensureDemoUsers(db, 'cli:seed'))) console.log('Demo accounts created: see docs/security.md.');
    return 0;
  } finally {
    await db.close();
  }
}
