/** `gaps`: representation, composition and structural gaps in an area as of a date. */
import { operation } from './client.ts';

export type GapFamily = 'composition' | 'representation' | 'structure';
export type GapSeverity = 'high' | 'medium' | 'low';

export const GAP_TYPES = [
  'body_without_third_sector_seat',
  'vacant_seat',
  'third_sector_seats_only_cvc_staff',
  'no_recent_report_back',
  'person_with_many_seats',
  'eligible_organisations_without_forum',
  'partnership_missing_sector',
  'sector_pair_without_tie',
  'area_theme_without_partner',
  'structural_hole',
  'high_constraint',
  'isolate',
  'single_tie',
  'articulation_point',
] as const;
export type GapType = (typeof GAP_TYPES)[number];

export interface GapEntity {
  key: string;
  /** Organisation, Body, Seat, Person, Area, Theme, Sector or Tie ("sourceKey|targetKey") */
  label: string;
  name: string;
  /** its Welsh name, where it has one (the gap list asks for it) */
  nameCy?: string | null;
  /** its part in the gap: body, missing_sector, cut_off, community_a, bridging... */
  role: string;
  /** a person whose name the reader may not see (`name` is then only 'Person') */
  nameHidden: boolean;
}

export interface Gap {
  id: string;
  family: GapFamily;
  type: GapType;
  severity: GapSeverity;
  measure: number | null;
  cutOffSize: number | null;
  explanation: { en: string; cy: string };
  entities: GapEntity[];
  bridgingOrganisations: { key: string; name: string; tiesToA: number; tiesToB: number }[];
  rule: { id: string; description: string; threshold: string | null };
}

export interface GapReport {
  areaKey: string;
  asOf: string;
  counts: { type: GapType; count: number }[];
  gaps: Gap[];
}

/** A gap report's query, the same for every view but for what it asks of each gap's entities. */
const gapReportQuery = (operationName: string, entities: string) => `query ${operationName}($areaKey: String, $asOf: Date) {
    gaps(areaKey: $areaKey, asOf: $asOf) {
      areaKey asOf
      counts { type count }
      gaps {
        id family type severity measure cutOffSize
        explanation { en cy }
        ${entities}
        bridgingOrganisations { key name tiesToA tiesToB }
        rule { id description threshold }
      }
    }
  }`;

export const GAPS_QUERY = operation<{ gaps: GapReport }, { areaKey?: string | null; asOf?: string | null }>(
  'Gaps',
  gapReportQuery('Gaps', 'entities { key label name role nameHidden }'),
);

/** Entities a gap list shows per gap; the rest are counted ("+N"). */
export const LISTED_ENTITIES = 6;

/** A gap as a list shows it: its first entities and how many there are. */
export type ListedGap = Gap & { entityCount: number };

/**
 * The gap list's query: every gap, but only the first entities of each (a Cardiff report lists
 * ~3,900 entities; the list shows six per gap). The overlay, which highlights them all, uses GAPS_QUERY.
 */
export const GAP_LIST_QUERY = operation<{ gaps: Omit<GapReport, 'gaps'> & { gaps: ListedGap[] } }, { areaKey?: string | null; asOf?: string | null }>(
  'GapList',
  gapReportQuery('GapList', `entities(first: ${LISTED_ENTITIES}) { key label name nameCy role nameHidden }
        entityCount`),
);

/** The server allows 30 aliases per operation; stay under it. */
export const INVOLVED_BATCH = 25;

/**
 * The organisations behind gaps that are about bodies or people, not organisations: for a body,
 * its members and the employers of its seat holders (the network filter by body); for a person,
 * their organisation. One request per batch, each key an alias.
 */
export function involvedOrganisationsQuery(bodyKeys: string[], personKeys: string[]) {
  const vars = [...bodyKeys.map((_, i) => `$b${i}: String!`), ...personKeys.map((_, i) => `$p${i}: String!`)];
  const fields = [
    ...bodyKeys.map((_, i) => `b${i}: network(filter: { bodyId: $b${i} }, asOf: $asOf) { nodes { id } }`),
    ...personKeys.map((_, i) => `p${i}: person(key: $p${i}) { organisation { key } }`),
  ];
  const op = operation<Record<string, { nodes?: { id: string }[]; organisation?: { key: string } | null } | null>, Record<string, string | null>>(
    'GapInvolvedOrganisations',
    `query GapInvolvedOrganisations($asOf: Date, ${vars.join(', ')}) {\n  ${fields.join('\n  ')}\n}`,
  );
  const variables: Record<string, string | null> = {};
  bodyKeys.forEach((k, i) => (variables[`b${i}`] = k));
  personKeys.forEach((k, i) => (variables[`p${i}`] = k));
  return { op, variables };
}
