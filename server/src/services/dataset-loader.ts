/**
 * Writes a NetworkDataset (the demo, the scale generator, an import) into Neo4j with UNWIND batches,
 * all in ONE write transaction: either everything lands or the graph is left exactly as it was.
 * MERGE on ids makes loading the same dataset twice a no-op.
 */
import type { QueryName } from '@cyswllt/cypher';
import type { Database, WriteTx } from '../db/database.ts';
import type { NetworkDataset } from '../domain/model.ts';
import { recordChange } from './audit.ts';

export interface LoadOptions {
  actor: string;
  /** rows per UNWIND statement */
  batchSize?: number;
  reason?: string;
  onProgress?: (step: string, done: number, total: number) => void;
}

type Step = { query: QueryName; rows: (d: NetworkDataset) => unknown[] };

/** Order matters: later steps MATCH what earlier ones created. */
const STEPS: Step[] = [
  { query: 'load/areas', rows: (d) => d.areas },
  { query: 'load/sectors', rows: (d) => d.sectors },
  { query: 'load/themes', rows: (d) => d.themes },
  {
    query: 'load/organisations',
    rows: (d) =>
      d.organisations.map((o) => ({
        ...o,
        attributesJson: o.attributes && Object.keys(o.attributes).length ? JSON.stringify(o.attributes) : null,
      })),
  },
  { query: 'load/people', rows: (d) => d.people },
  { query: 'load/bodies', rows: (d) => d.bodies },
  { query: 'load/body-links', rows: (d) => d.bodies },
  { query: 'load/memberships', rows: (d) => d.memberships },
  { query: 'load/seats', rows: (d) => d.seats },
  { query: 'load/report-backs', rows: (d) => d.reportBacks },
  { query: 'load/introductions', rows: (d) => d.introductions },
  { query: 'load/collaborations', rows: (d) => d.collaborations },
  { query: 'load/ties', rows: (d) => d.ties },
];

export interface LoadSummary {
  [entity: string]: number;
}

async function runInBatches(tx: WriteTx, step: Step, rows: unknown[], options: LoadOptions, at: string) {
  const size = options.batchSize ?? 5000;
  for (let start = 0; start < rows.length; start += size) {
    await tx.run(step.query, { rows: rows.slice(start, start + size), at, actor: options.actor });
    options.onProgress?.(step.query, Math.min(start + size, rows.length), rows.length);
  }
}

export async function loadDataset(db: Database, dataset: NetworkDataset, options: LoadOptions): Promise<LoadSummary> {
  const at = new Date().toISOString();
  const summary: LoadSummary = {};
  await db.write(async (tx) => {
    for (const step of STEPS) {
      const rows = step.rows(dataset);
      await runInBatches(tx, step, rows, options, at);
      summary[step.query.replace('load/', '')] = rows.length;
    }
    await recordChange(tx, {
      actor: options.actor,
      action: 'load-dataset',
      entityType: 'Dataset',
      entityId: 'dataset',
      after: summary,
      reason: options.reason ?? null,
      at,
    });
  });
  return summary;
}
