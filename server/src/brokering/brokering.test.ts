import { describe, expect, it } from 'vitest';
import { BrokerGraph } from './graph.ts';
import { introducerPath, trustPaths } from './introducer.ts';
import { suggestForNeed, suggestPartners } from './rank.ts';
import { constraintOf, constraintWith, focalContext } from './signals.ts';
import type { BrokerInput } from './types.ts';

/** Swansea: a music hub tied to a youth theatre and a CVC; a health board the CVC knows; a theatre. */
function input(): BrokerInput {
  const o = (id: string, sectorId: string, themeIds: string[], areaIds = ['area-swansea']) => ({ id, name: id, sectorId, areaIds, themeIds });
  return {
    asOf: '2026-11-01',
    organisations: [
      o('hub', 'culture', ['f7']), o('theatre', 'culture', ['f7']), o('cvc', 'third', ['f3']), o('health', 'health', ['f7']),
      o('youth', 'third', ['f1']), o('heritage', 'heritage', ['f7']), o('far', 'health', ['f7'], ['area-gwynedd']),
    ],
    ties: [
      { source: 'hub', target: 'youth', trust: 4 }, { source: 'hub', target: 'cvc', trust: 1 }, { source: 'youth', target: 'health', trust: 4 },
      { source: 'cvc', target: 'health', trust: 2 }, { source: 'hub', target: 'theatre', trust: 3 }, { source: 'cvc', target: 'heritage', trust: 3 },
      { source: 'theatre', target: 'youth', trust: 3 },
    ],
    bodies: [],
    declined: [],
    sectors: [{ id: 'health', name: 'Health', nameCy: 'Iechyd' }, { id: 'culture', name: 'Culture and arts', nameCy: "Diwylliant a'r celfyddydau" }],
    themes: [{ id: 'f7', name: 'Mental well-being', code: 'F7' }],
    areas: [{ id: 'area-swansea', name: 'Swansea', nameCy: 'Abertawe', parentId: 'area-sw' }, { id: 'area-gwynedd', name: 'Gwynedd', nameCy: 'Gwynedd', parentId: 'area-nw' }],
  };
}

describe('suggestPartners', () => {
  it('ranks a cross-sector partner in the same area first, with signals, an introducer and sentences', () => {
    const [top] = suggestPartners(input(), 'hub');
    expect(top?.organisationId).toBe('health');
    expect(top?.signals.map((s) => s.name)).toEqual(expect.arrayContaining(['complementarity', 'adamicAdar', 'bridgingGain', 'sharedThemes']));
    // the trusted chain through the youth club beats the low-trust tie to the CVC
    expect(top?.introducerPath?.steps.map((s) => s.key)).toEqual(['hub', 'youth', 'health']);
    expect(top?.explanation.en).toMatch(/^Both work on F7 in Swansea; no culture and arts organisation in Swansea has a tie to a health organisation; .*youth works with both\.$/);
    expect(top?.explanation.cy).toMatch(/^Mae'r ddau'n gweithio ar F7 yn ardal Abertawe; .*mae youth yn gweithio gyda'r ddau\.$/);
  });

  it('never suggests an existing partner or the organisation itself', () => {
    const ids = suggestPartners(input(), 'hub', { limit: 50 }).map((s) => s.organisationId);
    for (const partner of ['hub', 'youth', 'cvc', 'theatre']) expect(ids).not.toContain(partner);
    expect(ids).not.toContain('far'); // nobody within three ties can introduce it
  });

  it('honours a declined introduction within the cooldown, and forgets it after', () => {
    const data = input();
    data.declined = [{ organisationIds: ['health', 'hub'], since: '2026-06-01' }];
    const ranked = suggestPartners(data, 'hub', { limit: 50 });
    expect(ranked[ranked.length - 1]?.organisationId).toBe('health');
    expect(ranked.find((s) => s.organisationId === 'health')?.explanation.en).toMatch(/declined on 2026-06-01/);
    data.declined = [{ organisationIds: ['health', 'hub'], since: '2024-06-01' }];
    expect(suggestPartners(data, 'hub')[0]?.organisationId).toBe('health');
  });

  it('rewards cross-sector pairs, not same-group pairs', () => {
    const ranked = suggestPartners(input(), 'theatre', { limit: 50 });
    const comp = (id: string) => ranked.find((s) => s.organisationId === id)?.signals.find((s) => s.name === 'complementarity')?.value;
    expect(comp('health')).toBeGreaterThan(0);
    expect(comp('cvc')).toBeGreaterThan(0);
  });
});

describe('constraint after a new tie', () => {
  it('matches recomputing Burt constraint from scratch', () => {
    const g = new BrokerGraph(input());
    const ctx = focalContext(g, 'hub', 12);
    for (const c of ['health', 'heritage']) {
      g.adj.get('hub')!.set(c, null);
      g.adj.get(c)!.set('hub', null);
      const brute = constraintOf(g, 'hub', null)!;
      g.adj.get('hub')!.delete(c);
      g.adj.get(c)!.delete('hub');
      expect(constraintWith(g, ctx, c)).toBeCloseTo(brute, 12);
    }
  });
});

describe('introducer path', () => {
  it('prefers high-trust chains (cost 5 - trust) and names the middle organisations', () => {
    const g = new BrokerGraph(input());
    const path = introducerPath(g, trustPaths(g, 'hub', 3), 'hub', 'heritage');
    expect(path?.steps.map((s) => s.key)).toEqual(['hub', 'cvc', 'heritage']);
    expect(path?.cost).toBe(4 + 2);
  });

  it('says what joins each pair of steps: the most trusted of their ties, its kind and trust, or a shared body', () => {
    const base = input();
    const g = new BrokerGraph({
      ...base,
      ties: [
        ...base.ties.map((t, i) => ({ ...t, id: `t${i}`, kind: 'referral' })),
        // a second, more trusted tie between hub and cvc: the path names it
        { id: 'hub-cvc-2', source: 'cvc', target: 'hub', kind: 'joint_delivery', trust: 2 },
      ],
      bodies: [{ id: 'forum', name: 'Forum', organisationIds: ['hub', 'far'] }],
    });
    const viaCvc = introducerPath(g, trustPaths(g, 'hub', 3), 'hub', 'heritage');
    expect(viaCvc?.links).toEqual([
      { via: 'tie', tieKey: 'hub-cvc-2', kind: 'joint_delivery', trust: 2 },
      { via: 'tie', tieKey: 't5', kind: 'referral', trust: 3 },
    ]);
    const viaBody = introducerPath(g, trustPaths(g, 'hub', 3), 'hub', 'far');
    expect(viaBody?.steps.map((s) => s.label)).toEqual(['Organisation', 'Body', 'Organisation']);
    expect(viaBody?.links.map((l) => l.via)).toEqual(['body', 'body']);
  });
});

describe('suggestForNeed', () => {
  it('ranks organisations that fit a theme and area and can be introduced', () => {
    const ranked = suggestForNeed(input(), { themeId: 'f7', areaId: 'area-swansea', sectorId: 'health' });
    expect(ranked.map((s) => s.organisationId)).toEqual(['health']); // 'far' fits but has no ties: unreachable
    expect(ranked[0]?.introducerPath?.steps[0]?.key).toBe('youth');
  });
});
