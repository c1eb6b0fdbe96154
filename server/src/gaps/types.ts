/**
 * The plain, in-memory input every gap rule works on (the same for Neo4j data and CSV files) and the
 * `Gap` record the rules produce. No database types here: services/gaps.ts and cli/gaps.ts build a
 * `GapInput`; representation.ts, composition.ts and structure.ts read it.
 */

export type GapFamily = 'representation' | 'composition' | 'structure';
export type GapSeverity = 'high' | 'medium' | 'low';

export const GAP_TYPES = [
  // representation
  'body_without_third_sector_seat',
  'vacant_seat',
  'third_sector_seats_only_cvc_staff',
  'no_recent_report_back',
  'person_with_many_seats',
  'eligible_organisations_without_forum',
  // composition
  'partnership_missing_sector',
  'sector_pair_without_tie',
  'area_theme_without_partner',
  // structure
  'structural_hole',
  'high_constraint',
  'isolate',
  'single_tie',
  'articulation_point',
] as const;
export type GapType = (typeof GAP_TYPES)[number];

export const GAP_FAMILIES: readonly GapFamily[] = ['representation', 'composition', 'structure'];

export const FAMILY_OF: Record<GapType, GapFamily> = {
  body_without_third_sector_seat: 'representation',
  vacant_seat: 'representation',
  third_sector_seats_only_cvc_staff: 'representation',
  no_recent_report_back: 'representation',
  person_with_many_seats: 'representation',
  eligible_organisations_without_forum: 'representation',
  partnership_missing_sector: 'composition',
  sector_pair_without_tie: 'composition',
  area_theme_without_partner: 'composition',
  structural_hole: 'structure',
  high_constraint: 'structure',
  isolate: 'structure',
  single_tie: 'structure',
  articulation_point: 'structure',
};

export type EntityLabel = 'Organisation' | 'Body' | 'Seat' | 'Person' | 'Area' | 'Theme' | 'Sector' | 'Tie';

/** Something a gap is about: the UI highlights it by key. */
export interface GapEntity {
  label: EntityLabel;
  key: string;
  name: string;
  /** its Welsh name, where it has one */
  nameCy?: string | null;
  /** what part it plays in the gap, e.g. 'body', 'missing_sector', 'cut_off', 'community_a' */
  role: string;
  /** a person whose name the reader may not see (hide-people.ts): `name` is then only 'Person' */
  nameHidden?: boolean;
}

export interface Bilingual {
  en: string;
  cy: string;
}

export interface BridgingOrganisation {
  key: string;
  name: string;
  /** ties it already has into each side of the hole */
  tiesToA: number;
  tiesToB: number;
}

export interface Gap {
  /** stable id: type + the keys it is about */
  id: string;
  type: GapType;
  family: GapFamily;
  severity: GapSeverity;
  entities: GapEntity[];
  explanation: Bilingual;
  rule: { id: string; threshold: number | string | null; description: string };
  /** structural holes: organisations best placed to bridge it, best first */
  bridgingOrganisations?: BridgingOrganisation[];
  /** articulation points: how many organisations would be cut off if it left */
  cutOffSize?: number;
  /** a number the rule measured (seats held, months since report-back, constraint, ties across...) */
  measure?: number | null;
}

// ---------------------------------------------------------------- input

export interface Named {
  id: string;
  name: string;
  nameCy?: string | null;
}

export interface GapOrganisation extends Named {
  kind?: string | null;
  sectorId: string | null;
  areaIds: string[];
  themeIds: string[];
  /** all active ties, including to organisations outside the area (default: ties in `ties`) */
  totalDegree?: number | null;
  /** member of a body, or staff hold a current seat (eligible-without-forum rule) */
  represented?: boolean | null;
}

export interface GapTie {
  id?: string | null;
  source: string;
  target: string;
  /** the tie's kind, where known (brokering names it on an introducer path) */
  kind?: string | null;
  trust?: number | null;
}

export interface GapBody extends Named {
  type: string;
  areaIds: string[];
  /** sectors the body should draw together (EXPECTS_SECTOR); empty = use the rules' defaults */
  expectedSectorIds: string[];
  /** organisations that are current members */
  memberIds: string[];
}

export interface GapSeatHolder {
  personId: string;
  name: string;
  role?: string | null;
  organisationId?: string | null;
  /** kind of the holder's employer, e.g. 'cvc' */
  organisationKind?: string | null;
  since?: string | null;
  /** all seats the person holds as of the date (anywhere; default: counted from `seats`) */
  totalSeats?: number | null;
}

export interface GapSeat {
  id: string;
  bodyId: string;
  seatType: string;
  onBehalfOfId?: string | null;
  /** null when vacant */
  holder: GapSeatHolder | null;
  /** latest report-back on or before the date */
  lastReportBack?: string | null;
}

export interface GapCollaboration {
  id: string;
  partnerIds: string[];
  themeIds: string[];
  areaIds: string[];
}

export interface GapInput {
  /** ISO date the report is for */
  asOf: string;
  /** the area reported on */
  area: Named;
  /** the local authorities the composition rules run over (the area itself if it is one) */
  localAuthorities: Named[];
  sectors: Named[];
  themes: (Named & { code?: string | null; kind?: string | null })[];
  /** active organisations in the area */
  organisations: GapOrganisation[];
  /** active ties among them (ties leaving the area are ignored) */
  ties: GapTie[];
  bodies: GapBody[];
  seats: GapSeat[];
  collaborations: GapCollaboration[];
}
