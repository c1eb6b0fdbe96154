import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../server/src/db/database.ts';
import { DEMO_PLANTED_GAPS as P } from '../../server/src/seed/demo/planted-gaps.ts';
import { generateDemoNetwork } from '../../server/src/seed/generate-demo.ts';
import { clearSuggestionCache } from '../../server/src/services/suggestions.ts';
import { seedDatabase } from '../../server/src/services/seeding.ts';
import type { NetworkDataset } from '../../server/src/domain/model.ts';
import { resetGraph, testDatabase } from '../support/database.ts';
import { graphqlClient } from '../support/graphql.ts';

let db: Database;
let gql: ReturnType<typeof graphqlClient>;
let ds: NetworkDataset;

const Q = `query($key: String, $need: NeedInput, $limit: Int, $asOf: Date) {
  suggestions(organisationKey: $key, need: $need, limit: $limit, asOf: $asOf) {
    organisationKey score organisation { key name }
    signals { name value weight detail }
    introducerPath { steps { key name nameCy label } links { via tieKey kind trust } introducers { key name } cost }
    explanation { en cy }
  }
}`;

beforeAll(async () => {
  db = testDatabase();
  gql = graphqlClient(db);
  await resetGraph(db);
  ds = generateDemoNetwork();
  await seedDatabase(db, ds, { reset: false, actor: 'test' });
  clearSuggestionCache();
});
afterAll(async () => db.close());

const activeOn = (p: { since?: string | null; until?: string | null }, d: string) => (!p.since || p.since <= d) && (!p.until || d < p.until);
function partnersOf(key: string, asOf: string): Set<string> {
  const out = new Set<string>();
  for (const t of ds.ties) {
    if (!activeOn(t, asOf)) continue;
    if (t.sourceId === key) out.add(t.targetId);
    if (t.targetId === key) out.add(t.sourceId);
  }
  return out;
}

interface ApiPath {
  steps: { key: string; name: string; nameCy: string | null; label: string }[];
  links: { via: string; tieKey: string | null; kind: string | null; trust: number | null }[];
}

/** Each link is a tie of the data between its two steps, the most trusted of them (or a shared body); names are the data's. */
function expectLinksFromData(path: ApiPath): void {
  expect(path.links.length).toBe(path.steps.length - 1);
  path.links.forEach((link, i) => {
    const [a, b] = [path.steps[i]!, path.steps[i + 1]!];
    if (link.via === 'body') {
      expect([a.label, b.label]).toContain('Body');
      return;
    }
    const between = ds.ties.filter((t) => activeOn(t, P.referenceDate) && ((t.sourceId === a.key && t.targetId === b.key) || (t.sourceId === b.key && t.targetId === a.key)));
    const tie = between.find((t) => t.id === link.tieKey);
    expect(tie, `${a.key} - ${b.key}`).toBeDefined();
    expect({ kind: link.kind, trust: link.trust }).toEqual({ kind: tie!.kind, trust: tie!.trust ?? null });
    expect(link.trust ?? 0).toBe(Math.max(...between.map((t) => t.trust ?? 0)));
  });
  for (const step of path.steps.filter((s) => s.label === 'Organisation')) {
    const org = ds.organisations.find((o) => o.id === step.key)!;
    expect({ name: step.name, nameCy: step.nameCy }).toEqual({ name: org.name, nameCy: org.nameCy ?? null });
  }
}

describe('suggestions', () => {
  it('come with signals, an introducer path and sentences, and never an existing partner', async () => {
    for (const key of ['org-swansea-music-hub', 'org-scvs', P.singleTieOrgs[0]!]) {
      const result = await gql(Q, { key, limit: 10, asOf: P.referenceDate });
      expect(result.errors).toBeUndefined();
      const list = result.data!.suggestions;
      expect(list.length, key).toBeGreaterThan(0);
      const partners = partnersOf(key, P.referenceDate);
      for (const s of list) {
        expect(partners.has(s.organisationKey), `${key} -> ${s.organisationKey}`).toBe(false);
        expect(s.organisationKey).not.toBe(key);
        expect(s.signals.length).toBeGreaterThan(4);
        expect(s.introducerPath.steps[0].key).toBe(key);
        expect(s.introducerPath.steps.at(-1).key).toBe(s.organisationKey);
        expectLinksFromData(s.introducerPath);
        expect(s.explanation.en).toMatch(/\.$/);
        expect(s.explanation.cy).toMatch(/\.$/);
      }
      const scores = list.map((s: { score: number }) => s.score);
      expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    }
  });

  it('honour declined introductions within the cooldown', async () => {
    for (const id of P.declinedIntroductions) {
      const intro = ds.introductions.find((i) => i.id === id)!;
      const [a, b] = intro.organisationIds;
      const declinedOn = intro.events.at(-1)!.at;
      // as of a month after it was declined, b is not among a's suggestions (or ranks below all others)
      const asOf = new Date(Date.parse(declinedOn) + 30 * 86_400_000).toISOString().slice(0, 10);
      const list = (await gql(Q, { key: a, limit: 100, asOf })).data!.suggestions;
      const at = list.findIndex((s: { organisationKey: string }) => s.organisationKey === b);
      if (at >= 0) {
        expect(at, `${id}`).toBe(list.length - 1);
        expect(list[at].signals.find((s: { name: string }) => s.name === 'declinedIntroduction').value).toBe(1);
        expect(list[at].explanation.en).toMatch(/declined/);
      }
      const top10 = list.slice(0, 10).map((s: { organisationKey: string }) => s.organisationKey);
      expect(top10).not.toContain(b);
    }
  });

  it('rank organisations for a need (theme + area) with who can introduce them', async () => {
    const result = await gql(Q, { need: { themeKey: 'theme-f7', areaKey: 'area-swansea' }, limit: 5, asOf: P.referenceDate });
    expect(result.errors).toBeUndefined();
    const list = result.data!.suggestions;
    expect(list.length).toBe(5);
    for (const s of list) {
      expect(s.signals.find((x: { name: string }) => x.name === 'themeFit').value).toBe(1);
      expect(s.introducerPath.introducers.length).toBe(1);
    }
  });

  it('explains a missing organisation and a missing need', async () => {
    expect((await gql(Q, { key: 'org-nowhere' })).errors?.[0]?.message).toMatch(/org-nowhere/);
    expect((await gql(Q, {})).errors?.[0]?.message).toMatch(/organisationKey|need/);
  });
});
