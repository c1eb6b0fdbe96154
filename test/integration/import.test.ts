/** The importer against a real Neo4j: all-or-nothing, every problem at once, idempotent, XLSX = CSV. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../../server/src/db/database.ts';
import { importFiles } from '../../server/src/imports/service.ts';
import { csvRows, writeWorkbook, type ImportFile } from '../../server/src/imports/tables.ts';
import { loadSubnetwork } from '../../server/src/services/network.ts';
import { testDatabase } from '../support/database.ts';
import { referenceOnly } from '../fixtures/import/reference.ts';
import { graphqlClient } from '../support/graphql.ts';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'import');
const fixture = (path: string): ImportFile => ({ name: path, content: readFileSync(join(FIXTURES, path), 'utf8') });
const options = { actor: 'test:import' };

const db: Database = testDatabase();
afterAll(async () => db.close());

async function counts(): Promise<Record<string, number>> {
  const [row] = await db.read<Record<string, number>>('stats/counts');
  return row!;
}

async function snapshot(): Promise<unknown> {
  const session = db.driver.session();
  try {
    const orgs = await session.run(`MATCH (o:Organisation) RETURN o.id AS id, o.name AS name, o.nameCy AS nameCy, o.kind AS kind, o.size AS size,
      o.attributes AS attributes, toString(o.since) AS since, [(o)-[:IN_SECTOR]->(s) | s.id] AS sectors,
      COLLECT { MATCH (o)-[:IN_AREA]->(a) RETURN a.id ORDER BY a.id } AS areas,
      COLLECT { MATCH (o)-[:WORKS_ON]->(t) RETURN t.id ORDER BY t.id } AS themes ORDER BY id`);
    const ties = await session.run(`MATCH (a)-[t:TIE]->(b) RETURN t.id AS id, a.id AS a, b.id AS b, t.kind AS kind, t.source AS origin,
      t.trust AS trust, t.value AS value, toString(t.since) AS since, toString(t.until) AS until ORDER BY id`);
    const people = await session.run(`MATCH (p:Person)-[w:WORKS_FOR]->(o) RETURN p.id AS id, p.name AS name, p.email AS email, p.role AS role, o.id AS org ORDER BY id`);
    return [orgs, ties, people].map((r) => r.records.map((x) => JSON.stringify(x.toObject())));
  } finally {
    await session.close();
  }
}

const clean = () => [fixture('clean/organisations.csv'), fixture('clean/ties.csv'), fixture('clean/people.csv')];

describe('import', () => {
  beforeEach(async () => referenceOnly(db));

  it('imports nothing from a file with one bad row, and names that row and column', async () => {
    const before = await counts();
    const result = await importFiles(db, [fixture('bad-row/organisations.csv')], options);
    expect(result.ok).toBe(false);
    expect(result.problems).toEqual([
      { file: 'bad-row/organisations.csv', row: 4, column: 'sector', message: "unknown sector 'sector-nonsense'" },
    ]);
    expect(await counts()).toEqual(before);
  });

  it('imports a clean set of files with exact counts, and records a Change', async () => {
    const result = await importFiles(db, clean(), { ...options, reason: 'first load' });
    expect(result.problems).toEqual([]);
    expect(result.ok).toBe(true);
    expect(result.counts).toEqual([
      { kind: 'organisations', created: 5, updated: 0, unchanged: 0 },
      { kind: 'people', created: 2, updated: 0, unchanged: 0 },
      { kind: 'ties', created: 4, updated: 0, unchanged: 0 },
    ]);
    const c = await counts();
    expect([c.organisations, c.people, c.ties]).toEqual([5, 2, 4]);
    const session = db.driver.session();
    try {
      const rec = await session.run(`MATCH (c:Change {action: 'import'}) RETURN c.actor AS actor, c.after AS after, c.reason AS reason`);
      expect(rec.records).toHaveLength(1);
      const after = JSON.parse(rec.records[0]!.get('after') as string) as { files: string[] };
      expect(after.files).toEqual(['clean/organisations.csv', 'clean/ties.csv', 'clean/people.csv']);
      expect(rec.records[0]!.get('actor')).toBe('test:import');
      expect(rec.records[0]!.get('reason')).toBe('first load');
    } finally {
      await session.close();
    }
    // names and Welsh names resolve to keys; extra columns are attributes
    const net = await loadSubnetwork(db, { asOf: '2021-01-01' });
    const uhb = net.nodes.find((n) => n.id === 'org-cav-uhb')!;
    expect(uhb).toMatchObject({ sectorId: 'sector-health', areaIds: ['area-cardiff'], name: 'Cardiff and Vale University Health Board, NHS' });
    expect([...uhb.themeIds].sort()).toEqual(['theme-f1', 'theme-f7']);
    expect(net.edges.find((e) => e.id === 'tie-c3sc-gavo')).toMatchObject({ kind: 'information_sharing', origin: 'coordinator' });
  });

  it('changes nothing when the same files are imported twice', async () => {
    await importFiles(db, clean(), options);
    const first = await snapshot();
    const before = await counts();
    const again = await importFiles(db, clean(), options);
    expect(again.ok).toBe(true);
    expect(again.counts).toEqual([
      { kind: 'organisations', created: 0, updated: 0, unchanged: 5 },
      { kind: 'people', created: 0, updated: 0, unchanged: 2 },
      { kind: 'ties', created: 0, updated: 0, unchanged: 4 },
    ]);
    expect(await counts()).toEqual(before);
    expect(await snapshot()).toEqual(first);
  });

  it('counts an edited row as updated and leaves columns the file lacks alone', async () => {
    await importFiles(db, clean(), options);
    const edit: ImportFile = { name: 'orgs.csv', content: 'id,name,sector,area\norg-gavo,GAVO Gwent,sector-third,area-newport\norg-c3sc,C3SC,sector-third,area-cardiff\n' };
    const result = await importFiles(db, [edit], options);
    expect(result.counts).toEqual([{ kind: 'organisations', created: 0, updated: 1, unchanged: 1 }]);
    const net = await loadSubnetwork(db, {});
    expect(net.nodes.find((n) => n.id === 'org-gavo')).toMatchObject({ name: 'GAVO Gwent', kind: 'cvc' });
  });

  it('reports every problem of every file at once: unknown id, bad date, self-tie, rating', async () => {
    const result = await importFiles(db, [fixture('problems/organisations.csv'), fixture('problems/ties.csv')], options);
    expect(result.ok).toBe(false);
    expect(result.problems).toEqual(
      expect.arrayContaining([
        { file: 'problems/organisations.csv', row: 3, column: 'since', message: "'2019-02-30' is not a date as YYYY-MM-DD" },
        { file: 'problems/ties.csv', row: 3, column: 'target', message: "unknown organisation 'org-zzz' (not in the database nor in the files being imported)" },
        { file: 'problems/ties.csv', row: 4, column: 'target', message: "self-tie: 'org-c' tied to itself" },
        { file: 'problems/ties.csv', row: 4, column: 'trust', message: "trust '5' must be a whole number from 1 to 4" },
      ]),
    );
    expect(result.problems).toHaveLength(4);
    expect((await counts()).organisations).toBe(0);
  });

  it('reports a missing required column and a duplicate id', async () => {
    const result = await importFiles(db, [
      { name: 'a/organisations.csv', content: 'id,name,area\norg-a,A,area-cardiff\n' },
      { name: 'b/people.csv', content: 'id,name,role,organisation\np1,P One,Officer,org-x\np1,P Two,Officer,org-x\n' },
    ], options);
    expect(result.problems).toEqual(
      expect.arrayContaining([
        { file: 'a/organisations.csv', row: 1, column: 'sector', message: "missing required column 'sector'" },
        { file: 'b/people.csv', row: 3, column: 'id', message: "duplicate id 'p1' (first on b/people.csv row 2)" },
      ]),
    );
  });

  it('accepts a tie to an organisation already in the database', async () => {
    await importFiles(db, [fixture('clean/organisations.csv')], options);
    const result = await importFiles(db, [{ name: 'more-ties.csv', content: 'source,target,type\norg-c3sc,org-newport-museum,referral\n' }], options);
    expect(result.ok).toBe(true);
    expect(result.counts).toEqual([{ kind: 'ties', created: 1, updated: 0, unchanged: 0 }]);
  });

  it('leaves the graph exactly as it was when the write fails part-way', async () => {
    await importFiles(db, [{ name: 'organisations.csv', content: 'id,name,sector,area,charityNumber\norg-x,X,sector-third,area-cardiff,1000\n' }], options);
    const before = await snapshot();
    // org-y takes a charity number already held: the uniqueness constraint fails inside the transaction
    const files: ImportFile[] = [
      { name: 'organisations.csv', content: 'id,name,sector,area,charityNumber\norg-w,W,sector-third,area-cardiff,999\norg-y,Y,sector-health,area-cardiff,1000\n' },
      { name: 'ties.csv', content: 'source,target\norg-w,org-x\n' },
    ];
    await expect(importFiles(db, files, options)).rejects.toThrow();
    expect(await snapshot()).toEqual(before);
  });

  it('rolls back batches already written when a later batch names a tie that would move', async () => {
    const orgs = Array.from({ length: 200 }, (_, i) => `org-b${i}`);
    const orgFile = (extra: string[]) => ({
      name: 'organisations.csv',
      content: ['id,name,sector,area', ...[...orgs, ...extra].map((id) => `${id},${id},sector-third,area-cardiff`)].join('\n'),
    });
    await importFiles(db, [orgFile([]), { name: 'ties.csv', content: 'id,source,target\ntie-fixed,org-b0,org-b1\n' }], options);
    const before = await snapshot();
    // more rows than one comparison batch (10,000), the moved tie last: earlier batches are written by then
    const ties = ['id,source,target'];
    for (let i = 0; i < 10_050; i++) ties.push(`tie-new-${i},${orgs[i % 200]},${orgs[(i % 200 + 1 + (i % 199)) % 200]}`);
    ties.push('tie-fixed,org-b2,org-b3');
    const result = await importFiles(db, [orgFile(['org-extra']), { name: 'ties.csv', content: ties.join('\n') }], options);
    expect(result.ok).toBe(false);
    expect(result.problems).toEqual([
      { file: 'ties.csv', row: 10_052, column: 'id', message: "tie 'tie-fixed' already joins 'org-b0' and 'org-b1'; a tie cannot move" },
    ]);
    expect(await snapshot()).toEqual(before);
  });

  it('links a body to a parent that comes in a later batch of the same file', async () => {
    const rows = ['id,name,type,parent'];
    rows.push('body-sub,Sub-group,sub_group,body-last');
    for (let i = 0; i < 10_000; i++) rows.push(`body-n${i},Body ${i},forum,`);
    rows.push('body-last,Last,psb,');
    const result = await importFiles(db, [{ name: 'bodies.csv', content: rows.join('\n') }], options);
    expect(result.problems).toEqual([]);
    const session = db.driver.session();
    try {
      const linked = await session.run('MATCH (:Body {id: $id})-[:PART_OF]->(p:Body) RETURN collect(p.id) AS parents', { id: 'body-sub' });
      expect(linked.records[0]!.get('parents')).toEqual(['body-last']);
    } finally {
      await session.close();
    }
  });

  it('imports the same data from an XLSX workbook (one sheet per kind) into the same graph', async () => {
    await importFiles(db, clean(), options);
    const fromCsv = await snapshot();
    await referenceOnly(db);
    const sheets: Record<string, unknown[][]> = {};
    for (const kind of ['organisations', 'ties', 'people']) {
      const rows = csvRows(readFileSync(join(FIXTURES, `clean/${kind}.csv`), 'utf8'));
      // real dates in date cells, as a spreadsheet user would type them
      sheets[kind === 'organisations' ? 'Organisations' : kind] = rows.map((r, i) =>
        r.map((cell) => (i > 0 && /^\d{4}-\d{2}-\d{2}$/.test(cell) ? new Date(`${cell}T00:00:00Z`) : cell)),
      );
    }
    const bytes = await writeWorkbook(sheets);
    const result = await importFiles(db, [{ name: 'network.xlsx', content: bytes }], options);
    expect(result.problems).toEqual([]);
    expect(result.counts.map((c) => c.created)).toEqual([5, 2, 4]);
    expect(await snapshot()).toEqual(fromCsv);
  });

  it('reports problems in an XLSX sheet by sheet, row and column', async () => {
    const bytes = await writeWorkbook({ ties: [['source', 'target', 'trust'], ['org-a', 'org-b', 7]] });
    const result = await importFiles(db, [{ name: 'book.xlsx', content: bytes }], options);
    expect(result.problems).toEqual(
      expect.arrayContaining([{ file: 'book.xlsx[ties]', row: 2, column: 'trust', message: "trust '7' must be a whole number from 1 to 4" }]),
    );
  });

  it('importFiles over GraphQL: problems, dry run, then the import', async () => {
    const gql = graphqlClient(db);
    const query = `mutation($files: [ImportFileInput!]!, $dryRun: Boolean) {
      importFiles(files: $files, dryRun: $dryRun) {
        __typename
        ... on MutationImportFilesSuccess { data { ok dryRun problemCount problems { file row column message } counts { kind created updated unchanged } changeId } }
        ... on Error { message }
      }
    }`;
    const bad = await gql(query, { files: [{ name: 'organisations.csv', content: readFileSync(join(FIXTURES, 'bad-row/organisations.csv'), 'utf8') }] });
    expect(bad.errors).toBeUndefined();
    expect(bad.data!.importFiles.data.ok).toBe(false);
    expect(bad.data!.importFiles.data.problems).toEqual([{ file: 'organisations.csv', row: 4, column: 'sector', message: "unknown sector 'sector-nonsense'" }]);
    const files = ['organisations', 'ties', 'people'].map((k) => ({ name: `${k}.csv`, content: readFileSync(join(FIXTURES, `clean/${k}.csv`), 'utf8') }));
    const dry = await gql(query, { files, dryRun: true });
    expect(dry.data!.importFiles.data).toMatchObject({ ok: true, dryRun: true, changeId: null });
    expect((await counts()).organisations).toBe(0);
    const xlsx = Buffer.from(await writeWorkbook({ organisations: [['id', 'name', 'sector', 'area'], ['org-q', 'Q', 'sector-third', 'area-cardiff']] })).toString('base64');
    const done = await gql(query, { files: [...files, { name: 'extra.xlsx', content: xlsx }] });
    expect(done.data!.importFiles.data.ok).toBe(true);
    expect(done.data!.importFiles.data.counts).toEqual([
      { kind: 'organisations', created: 6, updated: 0, unchanged: 0 },
      { kind: 'people', created: 2, updated: 0, unchanged: 0 },
      { kind: 'ties', created: 4, updated: 0, unchanged: 0 },
    ]);
    const tooMany = await gql(query, { files: Array.from({ length: 21 }, () => files[0]) });
    expect(tooMany.data!.importFiles.__typename).toBe('ValidationError');
  });
});
