/**
 * Looks up the organisations behind gaps about bodies or people (see lookupsFor), in batches of
 * aliased fields, remembering answers per date so toggling a gap type back on costs nothing.
 */
import { useEffect, useMemo, useState } from 'react';
import { INVOLVED_BATCH, involvedOrganisationsQuery, type Gap } from '../../../api/gaps.ts';
import { request } from '../../../api/client.ts';
import { lookupsFor } from './overlay-model.ts';

/** Bulk look-ups stop here (a selected gap is always looked up): all of Wales has hundreds of seats. */
export const MAX_LOOKUPS = 100;

const known = new Map<string, string[]>();
const cacheKey = (asOf: string | null, kind: 'b' | 'p', key: string) => `${asOf ?? ''}|${kind}|${key}`;

async function lookUp(asOf: string | null, bodies: string[], people: string[], signal: AbortSignal): Promise<void> {
  const wanted = [...bodies.map((k) => ['b', k] as const), ...people.map((k) => ['p', k] as const)];
  for (let i = 0; i < wanted.length; i += INVOLVED_BATCH) {
    const batch = wanted.slice(i, i + INVOLVED_BATCH);
    const b = batch.filter(([kind]) => kind === 'b').map(([, k]) => k);
    const p = batch.filter(([kind]) => kind === 'p').map(([, k]) => k);
    const { op, variables } = involvedOrganisationsQuery(b, p);
    const data = await request(op, { ...variables, asOf }, signal);
    b.forEach((k, j) => known.set(cacheKey(asOf, 'b', k), data[`b${j}`]?.nodes?.map((n) => n.id) ?? []));
    p.forEach((k, j) => {
      const org = data[`p${j}`]?.organisation?.key;
      known.set(cacheKey(asOf, 'p', k), org ? [org] : []);
    });
  }
}

/** gap id -> organisations involved, for the gaps among `gaps` that are about bodies or people. */
export function useInvolvedOrganisations(gaps: Gap[], asOf: string | null, priority: Gap | undefined): Map<string, string[]> {
  const [version, setVersion] = useState(0);
  const needed = useMemo(() => {
    // the first MAX_LOOKUPS keys in list order (the selected gap first), of which those not known yet
    const keys = new Set<string>();
    for (const gap of priority ? [priority, ...gaps] : gaps) {
      if (keys.size >= MAX_LOOKUPS && gap !== priority) break;
      const { bodies, people } = lookupsFor(gap);
      for (const k of bodies) keys.add(cacheKey(asOf, 'b', k));
      for (const k of people) keys.add(cacheKey(asOf, 'p', k));
    }
    const bodies: string[] = [];
    const people: string[] = [];
    for (const key of keys) {
      if (known.has(key)) continue;
      const [, kind, k] = key.split('|') as [string, 'b' | 'p', string];
      (kind === 'b' ? bodies : people).push(k);
    }
    return { bodies, people };
    // version: re-evaluated after each look-up lands
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [gaps, asOf, priority, version]);

  const wantKey = `${needed.bodies.join(',')};${needed.people.join(',')}`;
  useEffect(() => {
    if (needed.bodies.length === 0 && needed.people.length === 0) return;
    const controller = new AbortController();
    lookUp(asOf, needed.bodies, needed.people, controller.signal)
      .then(() => setVersion((v) => v + 1))
      .catch(() => {
        // the overlay still shows what the gaps name; the list says when nothing is on the map
      });
    return () => controller.abort();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [wantKey, asOf]);

  return useMemo(() => {
    const out = new Map<string, string[]>();
    for (const gap of priority ? [priority, ...gaps] : gaps) {
      const { bodies, people } = lookupsFor(gap);
      if (bodies.length === 0 && people.length === 0) continue;
      const ids = new Set<string>();
      for (const k of bodies) for (const id of known.get(cacheKey(asOf, 'b', k)) ?? []) ids.add(id);
      for (const k of people) for (const id of known.get(cacheKey(asOf, 'p', k)) ?? []) ids.add(id);
      out.set(gap.id, [...ids]);
    }
    return out;
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [gaps, asOf, priority, version]);
}
