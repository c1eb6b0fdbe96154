/**
 * The evaluator report on the small network: every figure checked against values computed here from
 * the fixture itself, names escaped, and the PDF printed by Debian's Chromium.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { htmlToPdf, CHROMIUM } from '../../server/src/cli/report.ts';
import type { Database } from '../../server/src/db/database.ts';
import type { NetworkDataset } from '../../server/src/domain/model.ts';
import { loadDataset } from '../../server/src/services/dataset-loader.ts';
import { resetGraph, testDatabase } from '../support/database.ts';
import { graphqlClient } from '../support/graphql.ts';
import { smallNetwork } from '../support/small-network.ts';

const FROM = '2021-01-01';
const TO = '2023-01-01';

function dataset(): NetworkDataset {
  const d = smallNetwork();
  d.organisations.push({ id: 'org-arts', name: 'Cardiff <b>Arts</b> & "Co"', kind: 'arts_organisation', sectorId: 'sector-heritage', areaIds: ['area-cardiff'], themeIds: [], since: '2022-01-01' });
  d.ties.push({ id: 'tie-arts', sourceId: 'org-arts', targetId: 'org-cav-uhb', kind: 'joint_delivery', source: 'survey', since: '2022-06-01' });
  d.seats.push({ id: 'seat-2', bodyId: 'body-cardiff-psb', seatType: 'member', holders: [] });
  d.seats.push({ id: 'seat-3', bodyId: 'body-cardiff-psb', seatType: 'third_sector_representative', holders: [{ personId: 'person-a', since: '2019-01-01', until: '2022-06-01' }] });
  d.introductions.push(
    { id: 'intro-1', organisationIds: ['org-museum-cardiff', 'org-cav-uhb'], brokerId: 'person-a', status: 'collaborating', events: [{ status: 'introduced', at: '2021-06-01' }, { status: 'collaborating', at: '2022-03-01' }] },
    { id: 'intro-2', organisationIds: ['org-c3sc', 'org-cardiff-housing'], brokerId: 'person-a', status: 'declined', events: [{ status: 'introduced', at: '2022-02-01' }, { status: 'declined', at: '2022-04-01' }] },
    { id: 'intro-3', organisationIds: ['org-c3sc', 'org-museum-cardiff'], brokerId: 'person-a', status: 'introduced', events: [{ status: 'introduced', at: '2024-02-01' }] },
  );
  return d;
}

const active = (x: { since?: string | null; until?: string | null }, date: string) => (!x.since || x.since <= date) && (!x.until || date < x.until);

/** The figures, computed from the fixture without Cyswllt's code. */
function expected(date: string) {
  const d = dataset();
  const orgs = d.organisations.filter((o) => o.areaIds.includes('area-cardiff') && active(o, date));
  const ids = new Set(orgs.map((o) => o.id));
  const ties = d.ties.filter((t) => ids.has(t.sourceId) && ids.has(t.targetId) && active(t, date));
  const sector = new Map(orgs.map((o) => [o.id, o.sectorId]));
  const pairs = new Map<string, number>();
  for (const t of ties) {
    const [a, b] = [sector.get(t.sourceId)!, sector.get(t.targetId)!].sort();
    if (a !== b) pairs.set(`${a}|${b}`, (pairs.get(`${a}|${b}`) ?? 0) + 1);
  }
  const n = orgs.length;
  return { organisations: n, ties: ties.length, density: (2 * ties.length) / (n * (n - 1)), pairs };
}

let db: Database;
let gql: ReturnType<typeof graphqlClient>;
let html: string;

beforeAll(async () => {
  db = testDatabase();
  gql = graphqlClient(db);
  await resetGraph(db);
  await loadDataset(db, dataset(), { actor: 'test' });
  const r = await gql(`query($from: Date!, $to: Date!) { evaluatorReport(filter: { areaId: "area-cardiff" }, from: $from, to: $to) { filename mediaType html } }`, { from: FROM, to: TO });
  expect(r.errors).toBeUndefined();
  html = r.data!.evaluatorReport.html;
});
afterAll(async () => db.close());

const attr = (re: RegExp) => {
  const m = re.exec(html);
  if (!m) throw new Error(`not found: ${re}`);
  return m;
};

describe('evaluator report', () => {
  it('gives the key metrics at both dates and their change', () => {
    const [a, b] = [expected(FROM), expected(TO)];
    for (const metric of ['organisations', 'ties', 'density'] as const) {
      const m = attr(new RegExp(`data-metric="${metric}" data-from="([^"]*)" data-to="([^"]*)" data-change="([^"]*)"`));
      expect(Number(m[1])).toBeCloseTo(a[metric], 12);
      expect(Number(m[2])).toBeCloseTo(b[metric], 12);
      expect(Number(m[3])).toBeCloseTo(b[metric] - a[metric], 12);
    }
    expect(a).toMatchObject({ organisations: 4, ties: 3 });
    expect(b).toMatchObject({ organisations: 5, ties: 3 });
  });

  it('counts cross-sector links by sector pair from the mixing matrix', () => {
    const [a, b] = [expected(FROM), expected(TO)];
    const keys = new Set([...a.pairs.keys(), ...b.pairs.keys()]);
    expect(keys.size).toBeGreaterThan(0);
    for (const key of keys) {
      const m = attr(new RegExp(`data-pair="${key.replace('|', '\\|')}" data-from="(\\d+)" data-to="(\\d+)"`));
      expect([Number(m[1]), Number(m[2])]).toEqual([a.pairs.get(key) ?? 0, b.pairs.get(key) ?? 0]);
    }
    expect(html.match(/data-pair="/g)!.length).toBe(keys.size);
  });

  it('shows representation coverage: seats held, vacant and third-sector seats', () => {
    const d = dataset();
    const seats = d.seats.filter((s) => s.bodyId === 'body-cardiff-psb' && active(s, TO));
    const held = seats.filter((s) => s.holders.some((h) => active(h, TO)));
    const third = seats.filter((s) => s.seatType === 'third_sector_representative');
    const thirdHeld = third.filter((s) => held.includes(s));
    const m = attr(/data-body="body-cardiff-psb" data-seats="(\d+)" data-held="(\d+)" data-vacant="(\d+)" data-third-sector="(\d+)" data-third-sector-held="(\d+)"/);
    expect(m.slice(1).map(Number)).toEqual([seats.length, held.length, seats.length - held.length, third.length, thirdHeld.length]);
    expect(m.slice(1).map(Number)).toEqual([3, 1, 2, 2, 1]);
  });

  it('counts introductions made in the period by their status at the end date', () => {
    expect(attr(/data-testid="introductions" data-total="(\d+)"/)[1]).toBe('2');
    expect(attr(/data-status="collaborating" data-count="(\d+)"/)[1]).toBe('1');
    expect(attr(/data-status="declined" data-count="(\d+)"/)[1]).toBe('1');
    expect(html).not.toContain('data-status="introduced"');
  });

  it('includes the gap report, the network picture, definitions, and escapes names', () => {
    expect(html).toMatch(/data-testid="gap-counts" data-total="\d+"/);
    expect(html).toContain('<svg');
    expect(html).toMatch(/<line [^>]*data-status="appeared"/);
    expect(html).toMatch(/<line [^>]*data-status="ended"/);
    expect(html).toContain('Ties present as a share of all possible ties');
    expect(html).toContain('Cardiff &lt;b&gt;Arts&lt;/b&gt; &amp; &quot;Co&quot;');
    expect(html).not.toContain('<b>Arts</b>');
    expect(html).toContain('@page { size: A4');
  });

  it('never names people, though the gaps it lists are about them', async () => {
    const gaps = await gql(`query($to: Date) { gaps(areaKey: "area-cardiff", asOf: $to) { gaps { id explanation { en } } } }`, { to: TO });
    const named = gaps.data!.gaps.gaps.filter((g: { explanation: { en: string } }) => g.explanation.en.includes('Ceri Jones'));
    expect(named.length).toBeGreaterThan(0);
    for (const g of named) expect(html).toContain(`data-gap="${g.id}"`);
    expect(html).not.toContain('Ceri Jones');
    expect(html).toMatch(/\ba representative\b/i);
  });

  it('is also available in Welsh, and refuses a report with neither area nor body', async () => {
    const cy = await gql(`{ evaluatorReport(filter: { areaId: "area-cardiff" }, from: "${FROM}", to: "${TO}", language: cy) { html } }`);
    expect(cy.data!.evaluatorReport.html).toContain('<html lang="cy">');
    expect(cy.data!.evaluatorReport.html).toContain('Adroddiad rhwydwaith partneriaeth');
    expect(cy.data!.evaluatorReport.html).toContain('Y cysylltiadau sy’n bodoli');
    const bad = await gql(`{ evaluatorReport(filter: {}, from: "${FROM}", to: "${TO}") { html } }`);
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it.skipIf(!existsSync(CHROMIUM))('prints to an A4 PDF with the system Chromium', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cyswllt-report-test-'));
    try {
      writeFileSync(join(dir, 'report.html'), html);
      await htmlToPdf(join(dir, 'report.html'), join(dir, 'report.pdf'));
      const pdf = readFileSync(join(dir, 'report.pdf'));
      expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      // A4 in points: 595 x 842
      expect(pdf.toString('latin1')).toMatch(/MediaBox\s*\[\s*0\s+0\s+59[45](\.\d+)?\s+84[12](\.\d+)?\s*\]/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
