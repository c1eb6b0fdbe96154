/** The loaded neighbourhood as adjacency sets with tie trust, plus the look-ups every signal needs. */
import { buildCompactGraph, type CompactGraph } from '../analytics/graph.ts';
import { louvain } from '../analytics/louvain.ts';
import type { BrokerInput, BrokerOrganisation, BrokerTie } from './types.ts';

export class BrokerGraph {
  readonly org = new Map<string, BrokerOrganisation>();
  readonly adj = new Map<string, Map<string, number | null>>();
  /** per pair (a|b, a < b): the tie the path through it would use, the most trusted of the pair's ties */
  private readonly pairTie = new Map<string, BrokerTie>();
  /** bodies each organisation sits on */
  readonly bodiesOf = new Map<string, Set<string>>();
  readonly bodySize = new Map<string, number>();
  readonly bodyName = new Map<string, string>();
  readonly areaParent = new Map<string, string | null>();
  readonly areaName = new Map<string, { en: string; cy: string }>();
  readonly sectorName = new Map<string, { en: string; cy: string }>();
  readonly themeLabel = new Map<string, { en: string; cy: string }>();
  private compact: CompactGraph | undefined;
  private communities: Map<string, number> | undefined;

  constructor(readonly input: BrokerInput, readonly louvainSeed = 42) {
    for (const o of input.organisations) {
      this.org.set(o.id, o);
      this.adj.set(o.id, new Map());
    }
    for (const t of input.ties) {
      if (t.source === t.target) continue;
      const a = this.adj.get(t.source);
      const b = this.adj.get(t.target);
      if (!a || !b) continue;
      const trust = t.trust ?? null;
      const prev = a.get(t.target);
      // a repeated pair keeps its best trust
      const best = prev === undefined ? trust : Math.max(prev ?? 0, trust ?? 0) || null;
      a.set(t.target, best);
      b.set(t.source, best);
      if (prev === undefined || (trust ?? 0) > (prev ?? 0)) this.pairTie.set(pairKey(t.source, t.target), t);
    }
    for (const body of input.bodies) {
      const members = body.organisationIds.filter((id) => this.org.has(id));
      this.bodySize.set(body.id, members.length);
      this.bodyName.set(body.id, body.name);
      for (const id of members) {
        let set = this.bodiesOf.get(id);
        if (!set) this.bodiesOf.set(id, (set = new Set()));
        set.add(body.id);
      }
    }
    for (const a of input.areas) {
      this.areaParent.set(a.id, a.parentId ?? null);
      this.areaName.set(a.id, { en: a.name, cy: a.nameCy ?? a.name });
    }
    for (const s of input.sectors) this.sectorName.set(s.id, { en: s.name, cy: s.nameCy ?? s.name });
    for (const t of input.themes) {
      const en = t.code ?? t.name;
      this.themeLabel.set(t.id, { en, cy: t.code ?? t.nameCy ?? t.name });
    }
  }

  neighbours(id: string): Map<string, number | null> {
    return this.adj.get(id) ?? new Map();
  }

  /** The tie between two organisations that a path uses (the most trusted one), if any. */
  tie(a: string, b: string): BrokerTie | undefined {
    return this.pairTie.get(pairKey(a, b));
  }

  degree(id: string): number {
    return this.adj.get(id)?.size ?? 0;
  }

  name(id: string): string {
    return this.org.get(id)?.name ?? id;
  }

  sector(id: string | null | undefined, lang: 'en' | 'cy'): string {
    if (!id) return lang === 'en' ? 'unknown' : 'anhysbys';
    return this.sectorName.get(id)?.[lang] ?? id.replace(/^sector-/, '').replace(/-/g, ' ');
  }

  area(id: string, lang: 'en' | 'cy'): string {
    return this.areaName.get(id)?.[lang] ?? id.replace(/^area-/, '');
  }

  theme(id: string, lang: 'en' | 'cy'): string {
    return this.themeLabel.get(id)?.[lang] ?? id.replace(/^theme-/, '').toUpperCase();
  }

  /** Louvain community of each organisation (seeded; computed once). */
  community(id: string): number {
    if (!this.communities) {
      this.compact ??= buildCompactGraph({
        nodes: this.input.organisations.map((o) => ({ id: o.id, attributes: {} })),
        edges: [...this.adj].flatMap(([a, ns]) => [...ns.keys()].filter((b) => a < b).map((b) => ({ source: a, target: b }))),
      });
      const result = louvain(this.compact, this.louvainSeed);
      this.communities = new Map(this.compact.ids.map((oid, v) => [oid, result.community[v]!]));
    }
    return this.communities.get(id) ?? -1;
  }

  /** Sector pairs joined by at least one tie inside each area (pair key "a|b", a < b). */
  private pairsByArea: Map<string, Set<string>> | undefined;
  sectorPairTied(areaId: string, a: string, b: string): boolean {
    if (!this.pairsByArea) {
      this.pairsByArea = new Map();
      for (const [u, ns] of this.adj) {
        const ou = this.org.get(u)!;
        for (const v of ns.keys()) {
          if (u >= v) continue;
          const ov = this.org.get(v)!;
          if (!ou.sectorId || !ov.sectorId || ou.sectorId === ov.sectorId) continue;
          const key = pairKey(ou.sectorId, ov.sectorId);
          for (const area of ou.areaIds) {
            if (!ov.areaIds.includes(area)) continue;
            let set = this.pairsByArea.get(area);
            if (!set) this.pairsByArea.set(area, (set = new Set()));
            set.add(key);
          }
        }
      }
    }
    return this.pairsByArea.get(areaId)?.has(pairKey(a, b)) ?? false;
  }
}

export const pairKey = (a: string, b: string): string => (a < b ? `${a}|${b}` : `${b}|${a}`);
