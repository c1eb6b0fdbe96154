/**
 * `pnpm bench import`: 250k ties (and ~50k organisations) from generateScaleNetwork(50000) written
 * to CSV, imported into a throwaway Neo4j (heap 2048 MiB, page cache 1024 MiB) with the Cyswllt
 * importer, then the ties wiped and the same ties.csv loaded with Neo4j's own LOAD CSV ...
 * CALL { } IN TRANSACTIONS OF 10000 ROWS. Prints both rates and their ratio (target: >= 20k rows/s),
 * then the ceiling the database sets: the importer's write statement alone on the same rows.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { Database } from '../server/src/db/database.ts';
import { freePort, startThrowawayNeo4j } from '../server/src/db/local-neo4j.ts';
import { applySchema } from '../server/src/db/schema.ts';
import type { NetworkDataset } from '../server/src/domain/model.ts';
import { csvCell } from '../server/src/exports/formats.ts';
import { COMPARE_BATCH, importFiles, tieColumns } from '../server/src/imports/service.ts';
import { loadDataset } from '../server/src/services/dataset-loader.ts';
import { generateScaleNetwork } from '../server/src/seed/generate-scale.ts';

const TIES = 250_000;
/** every tie gone before each timed load, so each writes the same ties into the same database */
const WIPE_TIES = 'MATCH ()-[t:TIE]->() CALL (t) { DELETE t } IN TRANSACTIONS OF 10000 ROWS';

function csv(header: string[], rows: unknown[][]): string {
  return [header, ...rows].map((r) => r.map(csvCell).join(',')).join('\n') + '\n';
}

export async function benchImport(): Promise<void> {
  const dataset = generateScaleNetwork(50_000);
  const ties = dataset.ties.slice(0, TIES);
  const dir = mkdtempSync(join(tmpdir(), 'cyswllt-bench-import-'));
  const orgsPath = join(dir, 'organisations.csv');
  const tiesPath = join(dir, 'ties.csv');
  writeFileSync(
    orgsPath,
    csv(['id', 'name', 'sector', 'area', 'nameCy', 'kind', 'size', 'themes'], dataset.organisations.map((o) => [o.id, o.name, o.sectorId, o.areaIds, o.nameCy, o.kind, o.size, o.themeIds])),
  );
  writeFileSync(
    tiesPath,
    csv(['id', 'source', 'target', 'kind', 'origin', 'trust', 'value', 'since', 'until'], ties.map((t) => [t.id, t.sourceId, t.targetId, t.kind, t.source, t.trust, t.value, t.since, t.until])),
  );
  console.log(`${dataset.organisations.length} organisations, ${ties.length} ties (of ${dataset.ties.length} generated) in ${dir}`);

  const home = join(dir, 'neo4j');
  const port = await freePort();
  const password = 'bench-import';
  // BENCH_IMPORT_HEAP_MIB / BENCH_IMPORT_PAGECACHE_MIB: to check whether more memory moves the ceiling
  const heapMiB = Number(process.env.BENCH_IMPORT_HEAP_MIB ?? 2048);
  const pageCacheMiB = Number(process.env.BENCH_IMPORT_PAGECACHE_MIB ?? 1024);
  console.log(`Neo4j heap ${heapMiB} MiB, page cache ${pageCacheMiB} MiB`);
  const child = await startThrowawayNeo4j({ home, boltPort: port, heapMiB, pageCacheMiB, password });
  const db = new Database({ uri: `bolt://127.0.0.1:${port}`, username: 'neo4j', password, local: false });
  try {
    await applySchema(db);
    const reference: NetworkDataset = { ...dataset, organisations: [], people: [], bodies: [], memberships: [], seats: [], reportBacks: [], collaborations: [], ties: [], introductions: [] };
    await loadDataset(db, reference, { actor: 'bench' });
    const read = (path: string, name: string) => ({ name, content: readFileSync(path, 'utf8') });

    let t0 = performance.now();
    const orgResult = await importFiles(db, [read(orgsPath, 'organisations.csv')], { actor: 'bench' });
    const orgSeconds = (performance.now() - t0) / 1000;
    if (!orgResult.ok) throw new Error(`organisations import failed: ${orgResult.problems.slice(0, 5).map((p) => p.message).join('; ')}`);
    console.log(`organisations: ${orgResult.rows} rows in ${orgSeconds.toFixed(1)} s (${Math.round(orgResult.rows / orgSeconds)} rows/s)`);

    const phases: Record<string, number> = {};
    let last = performance.now();
    let lastPhase = 'read';
    const onProgress = (p: { phase: string }) => {
      const now = performance.now();
      phases[lastPhase] = (phases[lastPhase] ?? 0) + (now - last);
      last = now;
      lastPhase = p.phase;
    };
    let importerRate = 0;
    t0 = performance.now();
    try {
      const tieResult = await importFiles(db, [read(tiesPath, 'ties.csv')], { actor: 'bench', onProgress });
      const tieSeconds = (performance.now() - t0) / 1000;
      phases[lastPhase] = (phases[lastPhase] ?? 0) + (performance.now() - last);
      if (!tieResult.ok) throw new Error(`ties import failed: ${tieResult.problems.slice(0, 5).map((p) => p.message).join('; ')}`);
      importerRate = tieResult.rows / tieSeconds;
      console.log(`importer, one transaction: ${tieResult.rows} ties in ${tieSeconds.toFixed(1)} s = ${Math.round(importerRate)} rows/s ` +
        `(phases: ${Object.entries(phases).map(([k, v]) => `${k} ${(v / 1000).toFixed(1)} s`).join(', ')})`);
    } catch (error) {
      const seconds = (performance.now() - t0) / 1000;
      console.log(`importer, one transaction: FAILED after ${seconds.toFixed(1)} s: ${(error as Error).message.split('\n')[0]}`);
      // What a user of this heap would do: the same file in parts, each part its own all-or-nothing import.
      const lines = readFileSync(tiesPath, 'utf8').trimEnd().split('\n');
      const header = lines.shift()!;
      const part = Number(process.env.BENCH_IMPORT_PART ?? 50_000);
      t0 = performance.now();
      let rows = 0;
      for (let i = 0; i < lines.length; i += part) {
        const r = await importFiles(db, [{ name: `ties-${i}.csv`, content: `${header}\n${lines.slice(i, i + part).join('\n')}\n` }], { actor: 'bench' });
        if (!r.ok) throw new Error(`ties part import failed: ${r.problems[0]?.message}`);
        rows += r.rows;
      }
      const partSeconds = (performance.now() - t0) / 1000;
      importerRate = rows / partSeconds;
      console.log(`importer, ${Math.ceil(lines.length / part)} imports of ${part}: ${rows} ties in ${partSeconds.toFixed(1)} s = ${Math.round(importerRate)} rows/s`);
    }

    // Neo4j's own LOAD CSV of the same file into the same database, ties wiped first.
    const session = db.driver.session();
    try {
      await session.run(WIPE_TIES);
      const importDir = join(home, 'import');
      mkdirSync(importDir, { recursive: true });
      copyFileSync(tiesPath, join(importDir, 'ties.csv'));
      const load = (url: string) =>
        session.run(`LOAD CSV WITH HEADERS FROM $url AS row
        CALL (row) {
          MATCH (a:Organisation {id: row.source})
          MATCH (b:Organisation {id: row.target})
          MERGE (a)-[t:TIE {id: row.id}]->(b)
          SET t.kind = row.kind, t.source = row.origin, t.trust = toInteger(row.trust), t.value = toInteger(row.value),
              t.since = date(CASE WHEN row.since = '' THEN null ELSE row.since END),
              t.until = date(CASE WHEN row.until = '' THEN null ELSE row.until END),
              t.recordedAt = datetime(), t.version = 1
        } IN TRANSACTIONS OF 10000 ROWS`, { url });
      t0 = performance.now();
      try {
        await load('file:///ties.csv');
      } catch (error) {
        // The embedded launcher sets no import directory: file URLs are then absolute paths.
        if ((error as { code?: string }).code !== 'Neo.ClientError.Statement.ExternalResourceFailed') throw error;
        t0 = performance.now();
        await load(`file://${join(importDir, 'ties.csv')}`);
      }
      const loadSeconds = (performance.now() - t0) / 1000;
      const count = (await session.run('MATCH ()-[t:TIE]->() RETURN count(t) AS n')).records[0]!.get('n').toNumber() as number;
      const loadRate = count / loadSeconds;
      console.log(`LOAD CSV: ${count} ties in ${loadSeconds.toFixed(1)} s = ${Math.round(loadRate)} rows/s`);
      console.log(`importer / LOAD CSV = ${(importerRate / loadRate).toFixed(2)} (target: importer >= 20000 rows/s: ${importerRate >= 20_000 ? 'met' : 'NOT met'}); ${cpus().length} cores`);

      // What the database alone allows: the importer's own write statement with no reading, checking
      // or comparing, first as the importer runs it (one transaction), then in 10,000-row
      // transactions over two sessions (fastest, but no longer all-or-nothing).
      const rows = ties.map((t) => ({ id: t.id, sourceId: t.sourceId, targetId: t.targetId, kind: t.kind, origin: t.source, trust: t.trust ?? null, value: t.value ?? null, since: t.since ?? null, until: t.until ?? null }));
      const batches: Record<string, unknown>[][] = [];
      for (let i = 0; i < rows.length; i += COMPARE_BATCH) batches.push(rows.slice(i, i + COMPARE_BATCH));
      const at = new Date().toISOString();
      const writeOnly = async (label: string, run: () => Promise<unknown>) => {
        await session.run(WIPE_TIES);
        const start = performance.now();
        await run();
        const seconds = (performance.now() - start) / 1000;
        console.log(`write statement alone, ${label}: ${rows.length} ties in ${seconds.toFixed(1)} s = ${Math.round(rows.length / seconds)} rows/s`);
      };
      await writeOnly('one transaction', () => db.write(async (tx) => {
        for (const b of batches) await tx.run('import/create-ties', { ...tieColumns(b), at, actor: 'bench' });
      }));
      await writeOnly('10k per transaction, 2 sessions', async () => {
        let next = 0;
        const worker = async () => {
          for (let b = next++; b < batches.length; b = next++) await db.write((tx) => tx.run('import/create-ties', { ...tieColumns(batches[b]!), at, actor: 'bench' }));
        };
        await Promise.all([worker(), worker()]);
      });
    } finally {
      await session.close();
    }
  } finally {
    await db.close();
    child.kill('SIGTERM');
    await new Promise((r) => setTimeout(r, 2000));
    rmSync(dir, { recursive: true, force: true });
  }
}
