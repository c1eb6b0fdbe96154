/** Seeding: load a generated dataset, optionally into an emptied graph, and report what is there. */
import type { Database } from '../db/database.ts';
import type { NetworkDataset } from '../domain/model.ts';
import { loadDataset } from './dataset-loader.ts';
import { graphCounts, type GraphCounts } from './stats.ts';

export async function wipeGraph(db: Database): Promise<void> {
  await db.runAutoCommit('stats/wipe');
}

export async function seedDatabase(
  db: Database,
  dataset: NetworkDataset,
  options: { reset: boolean; actor: string },
): Promise<GraphCounts> {
  if (options.reset) await wipeGraph(db);
  await loadDataset(db, dataset, { actor: options.actor, reason: 'seed' });
  return graphCounts(db);
}

/** True when the graph holds no organisations (a fresh database `pnpm start` should seed). */
export async function isEmpty(db: Database): Promise<boolean> {
  return (await graphCounts(db)).organisations === 0;
}
