/**
 * Gap reports and brokering neighbourhoods may lag writes by CYSWLLT_ANALYSIS_MAX_LAG_MS (freshness.ts).
 * A lagging answer must say so, and must still never suggest a partner recorded since.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../server/src/db/database.ts';
import { generateDemoNetwork } from '../../server/src/seed/generate-demo.ts';
import { clearGapCache } from '../../server/src/services/gaps.ts';
import { seedDatabase } from '../../server/src/services/seeding.ts';
import { clearSuggestionCache } from '../../server/src/services/suggestions.ts';
import { resetGraph, testDatabase } from '../support/database.ts';
import { graphqlClient } from '../support/graphql.ts';

let db: Database;
let gql: ReturnType<typeof graphqlClient>;
const LAG_ENV = 'CYSWLLT_ANALYSIS_MAX_LAG_MS';
const before = process.env[LAG_ENV];

const SUGGEST = `query($key: String!) { suggestions(organisationKey: $key, limit: 10) { organisationKey } }`;
const GAPS = `query { gaps(areaKey: "area-swansea", families: [structure]) { dataVersion upToDate computedAt counts { type count } } }`;
const RECORD = `mutation($i: TieInput!) { recordTie(input: $i) { __typename ... on Error { message } } }`;

beforeAll(async () => {
  db = testDatabase();
  gql = graphqlClient(db);
  await resetGraph(db);
  await seedDatabase(db, generateDemoNetwork(), { reset: false, actor: 'test' });
});
afterEach(() => {
  if (before === undefined) delete process.env[LAG_ENV];
  else process.env[LAG_ENV] = before;
  clearGapCache();
  clearSuggestionCache();
});
afterAll(async () => db.close());

describe('analysis lag after writes', () => {
  it('a lagging neighbourhood never suggests a partner recorded after it was built', async () => {
    process.env[LAG_ENV] = '600000';
    const key = 'org-swansea-music-hub';
    const first = await gql(SUGGEST, { key });
    expect(first.errors).toBeUndefined();
    const top = first.data!.suggestions[0].organisationKey as string;
    const recorded = await gql(RECORD, { i: { sourceKey: key, targetKey: top, kind: 'joint_delivery', since: '2024-01-01' } });
    expect(recorded.data!.recordTie.__typename).toBe('MutationRecordTieSuccess');
    const after = await gql(SUGGEST, { key });
    const keys = (after.data!.suggestions as { organisationKey: string }[]).map((s) => s.organisationKey);
    expect(keys).not.toContain(top);
    // the rest of the ranking is the same cached neighbourhood's, topped up to ten
    const rest = (first.data!.suggestions as { organisationKey: string }[]).map((s) => s.organisationKey).filter((k) => k !== top);
    expect(keys.slice(0, rest.length)).toEqual(rest);
    expect(keys).toHaveLength(10);
  });

  it('a gap report computed before a write says it is not up to date; with no lag allowed it is recomputed', async () => {
    process.env[LAG_ENV] = '600000';
    const warm = await gql(GAPS);
    expect(warm.errors).toBeUndefined();
    expect(warm.data!.gaps.upToDate).toBe(true);
    const recorded = await gql(RECORD, { i: { sourceKey: 'org-swansea-music-hub', targetKey: 'org-scvs', kind: 'information_sharing', since: '2024-01-01' } });
    expect(recorded.errors).toBeUndefined();
    const lagging = await gql(GAPS);
    expect(lagging.data!.gaps).toMatchObject({ upToDate: false, dataVersion: warm.data!.gaps.dataVersion, computedAt: warm.data!.gaps.computedAt });

    process.env[LAG_ENV] = '0';
    const fresh = await gql(GAPS);
    expect(fresh.data!.gaps.upToDate).toBe(true);
    expect(fresh.data!.gaps.dataVersion).not.toBe(warm.data!.gaps.dataVersion);
  });
});
