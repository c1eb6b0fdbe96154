/**
 * Data every view shares: what the server's API offers (capabilities) and the reference lists
 * (sectors, areas, themes, kinds) used by filters and labels.
 */
import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { fetchCapabilities, type Capabilities } from './capabilities.ts';
import { operation, request } from './client.ts';
import { REFERENCE_QUERY, type AreaItem, type NamedItem, type ReferenceLists, type ThemeItem } from './reference.ts';
import { humanise, useI18n } from '../i18n/i18n.tsx';

/** Organisation kinds in the domain model (server/src/domain/model.ts ORGANISATION_KINDS). */
export const ORGANISATION_KINDS = [
  'cvc', 'tso', 'local_authority', 'health_board', 'police', 'fire_and_rescue', 'school', 'college',
  'university', 'museum', 'library', 'theatre', 'heritage_site', 'arts_organisation',
  'housing_association', 'national_body', 'government_programme', 'social_enterprise', 'business',
];

const NETWORK_IDS = operation<{ network: { nodes: { kind: string; sectorId: string | null; areaIds: string[]; themeIds: string[] }[] } }>(
  'NetworkIds',
  `query NetworkIds { network { nodes { kind sectorId areaIds themeIds } } }`,
);

async function loadReference(caps: Capabilities): Promise<ReferenceLists> {
  if (caps.queries.has('sectors') && caps.queries.has('areas') && caps.queries.has('themes')) {
    const data = await request(REFERENCE_QUERY, {});
    return {
      sectors: data.sectors.edges.map((e) => e.node),
      areas: data.areas.edges.map((e) => e.node),
      themes: data.themes.edges.map((e) => e.node),
      kinds: ORGANISATION_KINDS,
      fromApi: true,
    };
  }
  // No list API: make the ids found in the network readable.
  const { network } = await request(NETWORK_IDS, {});
  const ids = (pick: (n: (typeof network.nodes)[number]) => (string | null)[]) =>
    [...new Set(network.nodes.flatMap(pick))].filter((x): x is string => !!x).sort();
  const named = (key: string): NamedItem => ({ key, name: humanise(key), nameCy: null });
  return {
    sectors: ids((n) => [n.sectorId]).map(named),
    areas: ids((n) => n.areaIds).map((key): AreaItem => ({ ...named(key), level: 'local_authority' })),
    themes: ids((n) => n.themeIds).map((key): ThemeItem => ({ ...named(key), code: '', kind: '' })),
    kinds: [...new Set([...ORGANISATION_KINDS, ...network.nodes.map((n) => n.kind)])],
    fromApi: false,
  };
}

export interface AppData {
  capabilities: Capabilities | undefined;
  reference: ReferenceLists | undefined;
  referenceError: string | undefined;
}

const AppDataContext = createContext<AppData>({ capabilities: undefined, reference: undefined, referenceError: undefined });

export function AppDataProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<AppData>({ capabilities: undefined, reference: undefined, referenceError: undefined });
  useEffect(() => {
    let live = true;
    void (async () => {
      const capabilities = await fetchCapabilities();
      if (!live) return;
      setState((s) => ({ ...s, capabilities }));
      try {
        const reference = await loadReference(capabilities);
        if (live) setState((s) => ({ ...s, reference }));
      } catch (e) {
        if (live) setState((s) => ({ ...s, referenceError: e instanceof Error ? e.message : String(e) }));
      }
    })();
    return () => {
      live = false;
    };
  }, []);
  return <AppDataContext.Provider value={state}>{children}</AppDataContext.Provider>;
}

export function useAppData(): AppData {
  return useContext(AppDataContext);
}

export interface Names {
  sector: (id: string | null) => string;
  area: (id: string) => string;
  theme: (id: string) => string;
}

/** Readable names for sector/area/theme ids in the current language. */
export function useNames(): Names {
  const { reference } = useAppData();
  const { name, t } = useI18n();
  return useMemo(() => {
    const index = (items: NamedItem[] | undefined) => new Map((items ?? []).map((i) => [i.key, i]));
    const sectors = index(reference?.sectors);
    const areas = index(reference?.areas);
    const themes = index(reference?.themes);
    const lookup = (map: Map<string, NamedItem>, id: string) => {
      const item = map.get(id);
      return item ? name(item.name, item.nameCy) : humanise(id);
    };
    return {
      sector: (id) => (id ? lookup(sectors, id) : t('legend.none')),
      area: (id) => lookup(areas, id),
      theme: (id) => lookup(themes, id),
    };
  }, [reference, name, t]);
}
