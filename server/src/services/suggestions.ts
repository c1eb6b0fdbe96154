/**
 * Brokering suggestions from Neo4j: loads the focal organisation's local authority (its organisations
 * and every tie touching them, so one ring of neighbours beyond), the bodies they sit on and the
 * focal organisation's declined introductions, then ranks with the pure code in server/src/brokering.
 * The loaded neighbourhood (and its Louvain partition and sector-pair statistics, computed lazily on
 * the cached graph) is cached per (scope, asOf) with the data version it was built at: it is the same
 * for every organisation of the authority, and after a write it may lag for up to
 * CYSWLLT_ANALYSIS_MAX_LAG_MS while one refresh runs (freshness.ts). Per request one read
 * (suggestions/request: the focal organisation's areas, its partners now, its declined introductions
 * and the data version) precedes the ranking, so a lagging neighbourhood never suggests a partner
 * recorded since, nor a pair declined since.
 */
import type { Database } from '../db/database.ts';
import { asOfDate } from '../domain/dates.ts';
import { NotFoundError, ValidationError } from '../domain/errors.ts';
import { BrokerGraph } from '../brokering/graph.ts';
import { brokeringConfig, suggestForNeed, suggestPartners } from '../brokering/rank.ts';
import type { BrokerInput, DeclinedIntroduction, Need, Suggestion } from '../brokering/types.ts';
import { analysisMaxLagMs } from './freshness.ts';
import { dataVersion } from './metrics.ts';
import { LaggingCache } from './ttl-cache.ts';

interface TieRow {
  id: string;
  source: string;
  target: string;
  kind: string | null;
  trust: number | null;
}

const graphCache = new LaggingCache<BrokerGraph>(24, () => analysisMaxLagMs());

async function cachedGraph(key: string, version: string, load: () => Promise<BrokerGraph>): Promise<BrokerGraph> {
  return (await graphCache.get(key, version, load)).value;
}

export function clearSuggestionCache(): void {
  graphCache.clear();
}

type Neo4jDate = ReturnType<typeof asOfDate>;

async function buildGraph(db: Database, ties: TieRow[], extraKeys: string[], date: Neo4jDate): Promise<BrokerGraph> {
  const keys = new Set(extraKeys);
  for (const t of ties) (keys.add(t.source), keys.add(t.target));
  const keyList = [...keys];
  const params = { keys: keyList, asOf: date };
  const [orgs, bodies, sectors, themes, areas] = await Promise.all([
    db.read<BrokerInput['organisations'][number]>('suggestions/organisations', params),
    db.read<BrokerInput['bodies'][number]>('suggestions/bodies', params),
    db.read<{ sector: BrokerInput['sectors'][number] }>('sector/all'),
    db.read<{ theme: BrokerInput['themes'][number] }>('theme/all'),
    db.read<{ area: BrokerInput['areas'][number] }>('area/all'),
  ]);
  const input: BrokerInput = {
    asOf: date.toString(),
    organisations: orgs,
    ties: ties.map((t) => ({ id: t.id, source: t.source, target: t.target, kind: t.kind, trust: t.trust })),
    bodies,
    declined: [],
    sectors: sectors.map((r) => r.sector),
    themes: themes.map((r) => r.theme),
    areas: areas.map((r) => r.area),
  };
  return new BrokerGraph(input, brokeringConfig().louvainSeed);
}

/** The neighbourhood of an area: its organisations and one ring of tie neighbours. */
async function areaGraph(db: Database, areaId: string, date: Neo4jDate, version: string, extraKeys: string[] = []): Promise<BrokerGraph> {
  const scope = `area|${areaId}|${date.toString()}`;
  const load = (keys: string[]) => async () => buildGraph(db, await db.read<TieRow>('gaps/ties', { areaId, asOf: date }), keys, date);
  const g = await cachedGraph(scope, version, load([]));
  // an organisation with no ties is not in the shared neighbourhood: load (and keep) one that includes it
  return extraKeys.every((k) => g.org.has(k)) ? g : cachedGraph(`${scope}|${extraKeys.join(',')}`, version, load(extraKeys));
}

/** For an organisation with no local authority (a national body): its two-step ego network. */
function egoGraph(db: Database, key: string, date: Neo4jDate, version: string): Promise<BrokerGraph> {
  return cachedGraph(`ego|${key}|${date.toString()}`, version, async () => {
    const first = await db.read<TieRow>('suggestions/ties-of', { keys: [key], asOf: date });
    const ring = [...new Set(first.flatMap((t) => [t.source, t.target]))].filter((k) => k !== key);
    const second = ring.length ? await db.read<TieRow>('suggestions/ties-of', { keys: ring, asOf: date }) : [];
    const seen = new Set<string>();
    const ties = [...first, ...second].filter((t) => !seen.has(t.id) && seen.add(t.id));
    return buildGraph(db, ties, [key], date);
  });
}

export interface SuggestionRequest {
  organisationKey?: string | null;
  need?: Need | null;
  limit?: number | null;
  asOf?: string | null;
}

export async function suggestions(db: Database, request: SuggestionRequest): Promise<Suggestion[]> {
  const date = asOfDate(request.asOf);
  const limit = Math.min(Math.max(request.limit ?? 10, 1), 100);
  const need = request.need && (request.need.themeId || request.need.areaId || request.need.sectorId) ? request.need : null;
  if (!request.organisationKey) {
    if (!need?.areaId) {
      throw new ValidationError([{ path: ['need'], message: 'give an organisationKey, or a need with at least an areaId' }]);
    }
    const g = await areaGraph(db, need.areaId, date, await dataVersion(db));
    return suggestForNeed(g, need, { limit });
  }
  const key = request.organisationKey;
  const [focal] = await db.read<{
    version: string | null;
    found: boolean;
    areas: { id: string; level: string }[];
    partners: string[];
    declined: { id: string; other: string; since: string | null }[];
  }>('suggestions/request', { key, asOf: date });
  if (!focal?.found) throw new NotFoundError('Organisation', key);
  const version = focal.version ?? 'empty'; // as dataVersion(db)
  const la = focal.areas.find((a) => a.level === 'local_authority' || a.level === 'community');
  const g = la ? await areaGraph(db, need?.areaId ?? la.id, date, version, [key]) : await egoGraph(db, key, date, version);
  const declined: DeclinedIntroduction[] = focal.declined.map((r) => ({ id: r.id, organisationIds: [key, r.other], since: r.since ?? date.toString() }));
  if (!g.org.has(key)) {
    // the focal organisation is outside a need's area: rank within its own neighbourhood instead
    const own = la ? await areaGraph(db, la.id, date, version, [key]) : await egoGraph(db, key, date, version);
    return suggestPartners(own, key, { limit, need, declined, partners: focal.partners });
  }
  return suggestPartners(g, key, { limit, need, declined, partners: focal.partners });
}
