/**
 * Every gap rule and threshold in one place. `DEFAULT_GAP_RULES` is what the API, the CLI and the
 * tests use unless told otherwise; pass a partial `GapRulesConfig` to `findGaps` to change any of it.
 * docs/gaps-and-suggestions.md explains each rule in words (keep the two in step).
 */
import type { GapType } from './types.ts';

export interface GapRulesConfig {
  // --- representation ---
  /** body types on which the third sector should have a seat */
  bodyTypesNeedingThirdSectorSeat: string[];
  /** the seat type that represents the third sector */
  thirdSectorSeatType: string;
  /** organisation kinds counted as "CVC staff" */
  cvcKinds: string[];
  /** body types where third-sector seats held only by CVC staff are a gap (the PSB seat is the CVC's by statute) */
  bodyTypesForWiderSector: string[];
  /** a third-sector representative with no report-back for more than this many months */
  reportBackMonths: number;
  /** a person holding more than this many current seats is a single point of failure */
  maxSeatsPerPerson: number;
  /** sectors whose organisations count as the third sector (eligible to sit on fora) */
  thirdSectorSectorIds: string[];
  /** organisation kinds that count as third sector whatever their sector */
  thirdSectorKinds: string[];
  /** report eligible-but-unrepresented organisations only when at least this share of them sit nowhere */
  unrepresentedShareThreshold: number;

  // --- composition ---
  /** body types checked for a missing sector */
  partnershipBodyTypes: string[];
  /** expected sectors when a body names none (EXPECTS_SECTOR), by body type */
  defaultExpectedSectors: Record<string, string[]>;
  /** sector pairs that should be tied in every local authority where both are present */
  sectorPairs: [string, string][];
  /** themes every local authority should have a partner for: these ids, or every theme of these kinds */
  themeIdsToCover: string[];
  themeKindsToCover: string[];

  // --- structure ---
  /** Louvain seed, so a report is reproducible */
  louvainSeed: number;
  /** a community (or one side of a bridge) must have at least this many organisations */
  minCommunitySize: number;
  /** a community tied to the rest of its component by fewer than this many ties is a structural hole */
  minTiesBetweenCommunities: number;
  /** Burt constraint at or above this is a "closed circle"... */
  highConstraint: number;
  /** ...for organisations with at least this many ties */
  highConstraintMinDegree: number;
  /** an articulation point is reported when its departure cuts off at least this many organisations */
  articulationMinCutOff: number;
  /** organisations whose departure cuts off at least this many are high severity */
  articulationHighCutOff: number;
  /** how many bridging organisations to name for a structural hole */
  bridgingOrganisationsShown: number;
}

const CULTURAL = ['sector-culture-arts', 'sector-heritage-museums', 'sector-libraries'];
const PARTNER_SECTORS = ['sector-health', 'sector-education', 'sector-housing', 'sector-employability-skills', 'sector-early-years'];

export const DEFAULT_GAP_RULES: GapRulesConfig = {
  bodyTypesNeedingThirdSectorSeat: ['psb', 'sub_group', 'forum'],
  thirdSectorSeatType: 'third_sector_representative',
  cvcKinds: ['cvc'],
  bodyTypesForWiderSector: ['sub_group', 'forum'],
  reportBackMonths: 12,
  maxSeatsPerPerson: 5,
  thirdSectorSectorIds: ['sector-third-sector-infrastructure', 'sector-community-voluntary'],
  thirdSectorKinds: ['tso', 'cvc', 'social_enterprise'],
  unrepresentedShareThreshold: 0.5,

  partnershipBodyTypes: ['partnership'],
  // Fusion overview, Annex 1: a partnership draws culture together with health, education,
  // housing, employability and early years.
  defaultExpectedSectors: { partnership: [...CULTURAL, ...PARTNER_SECTORS] },
  // Fusion's purpose: culture with the services that tackle poverty.
  sectorPairs: CULTURAL.flatMap((a) => PARTNER_SECTORS.map((b): [string, string] => [a, b])),
  themeIdsToCover: [],
  themeKindsToCover: ['fusion_indicator'],

  louvainSeed: 42,
  minCommunitySize: 4,
  minTiesBetweenCommunities: 2,
  highConstraint: 0.6,
  highConstraintMinDegree: 3,
  articulationMinCutOff: 3,
  articulationHighCutOff: 5,
  bridgingOrganisationsShown: 3,
};

export function gapRules(overrides: Partial<GapRulesConfig> = {}): GapRulesConfig {
  return { ...DEFAULT_GAP_RULES, ...overrides };
}

/** The rule id and threshold a gap of each type reports, and a one-line description. */
export function ruleFor(type: GapType, c: GapRulesConfig): { id: string; threshold: number | string | null; description: string } {
  switch (type) {
    case 'body_without_third_sector_seat':
      return { id: 'representation.third_sector_seat', threshold: c.bodyTypesNeedingThirdSectorSeat.join(','), description: 'an active body of these types has no current third-sector seat' };
    case 'vacant_seat':
      return { id: 'representation.vacant_seat', threshold: null, description: 'a current seat has no current holder' };
    case 'third_sector_seats_only_cvc_staff':
      return { id: 'representation.wider_sector', threshold: c.cvcKinds.join(','), description: `every held third-sector seat on a ${c.bodyTypesForWiderSector.join('/')} is held by CVC staff` };
    case 'no_recent_report_back':
      return { id: 'representation.report_back', threshold: c.reportBackMonths, description: 'a held third-sector seat with no report-back for more than this many months' };
    case 'person_with_many_seats':
      return { id: 'representation.seats_per_person', threshold: c.maxSeatsPerPerson, description: 'a person holds more than this many current seats' };
    case 'eligible_organisations_without_forum':
      return { id: 'representation.eligible_unrepresented', threshold: c.unrepresentedShareThreshold, description: 'at least this share of third-sector organisations in a local authority sit on no body' };
    case 'partnership_missing_sector':
      return { id: 'composition.expected_sector', threshold: null, description: 'a partnership has no current member from a sector it should have' };
    case 'sector_pair_without_tie':
      return { id: 'composition.sector_pair', threshold: c.sectorPairs.length, description: 'both sectors are present in a local authority but no tie or shared collaboration joins them' };
    case 'area_theme_without_partner':
      return { id: 'composition.area_theme', threshold: null, description: 'no organisation in a local authority works on the theme and no collaboration there addresses it' };
    case 'structural_hole':
      return { id: 'structure.structural_hole', threshold: c.minTiesBetweenCommunities, description: `a group of at least ${c.minCommunitySize} organisations is joined to the rest by fewer than this many ties` };
    case 'high_constraint':
      return { id: 'structure.constraint', threshold: c.highConstraint, description: `Burt constraint at or above this, with at least ${c.highConstraintMinDegree} ties` };
    case 'isolate':
      return { id: 'structure.isolate', threshold: 0, description: 'an organisation with no active tie' };
    case 'single_tie':
      return { id: 'structure.single_tie', threshold: 1, description: 'an organisation with exactly one active tie' };
    case 'articulation_point':
      return { id: 'structure.articulation_point', threshold: c.articulationMinCutOff, description: 'an organisation whose departure cuts at least this many organisations off the rest' };
  }
}
