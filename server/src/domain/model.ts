/**
 * The Cyswllt graph model as plain data: what the seed generator produces, what the importer
 * reads, and what the loader writes to Neo4j. See docs/model.md for the picture.
 *
 * Conventions:
 * - every entity has a stable string `id` (a business key, never Neo4j's elementId);
 * - dates are ISO `YYYY-MM-DD` strings here and Neo4j `Date` values in the database;
 * - nothing is deleted: an entity or relationship ends when `until` is set, and a question
 *   "as of D" sees what has `since <= D < until` (a missing `since` means "always", a missing
 *   `until` means "still true").
 */

export type IsoDate = string;

export interface Period {
  since?: IsoDate | null;
  until?: IsoDate | null;
}

export type AreaLevel = 'nation' | 'region' | 'local_authority' | 'community';

export interface Area {
  id: string;
  name: string;
  nameCy: string;
  level: AreaLevel;
  /** id of the enclosing area; absent only for Wales itself */
  parentId?: string | null;
}

export interface Sector {
  id: string;
  name: string;
  nameCy: string;
}

export type ThemeKind = 'fusion_indicator' | 'wellbeing_goal' | 'psb_priority';

export interface Theme {
  id: string;
  /** short code, e.g. F7 or WG3 */
  code: string;
  name: string;
  nameCy: string;
  kind: ThemeKind;
}

export const ORGANISATION_KINDS = [
  'cvc',
  'tso',
  'local_authority',
  'health_board',
  'police',
  'fire_and_rescue',
  'school',
  'college',
  'university',
  'museum',
  'library',
  'theatre',
  'heritage_site',
  'arts_organisation',
  'housing_association',
  'national_body',
  'government_programme',
  'social_enterprise',
  'business',
] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

export type OrganisationSize = 'micro' | 'small' | 'medium' | 'large';

export interface Organisation extends Period {
  id: string;
  name: string;
  nameCy?: string | null;
  kind: OrganisationKind;
  sectorId: string;
  size?: OrganisationSize | null;
  charityNumber?: string | null;
  website?: string | null;
  /** areas it works in (usually one local authority; national bodies name Wales) */
  areaIds: string[];
  themeIds: string[];
  /** extra columns from an import, kept as-is */
  attributes?: Record<string, string>;
}

export interface Person {
  id: string;
  name: string;
  email?: string | null;
  /** job title; what anonymised exports show instead of the name */
  role: string;
  organisationId: string;
  since?: IsoDate | null;
  until?: IsoDate | null;
}

export const BODY_TYPES = ['psb', 'lsb', 'sub_group', 'forum', 'partnership', 'programme', 'network'] as const;
export type BodyType = (typeof BODY_TYPES)[number];

export type BodyStatus = 'active' | 'lapsed' | 'replaced';

export interface Body {
  id: string;
  name: string;
  nameCy?: string | null;
  type: BodyType;
  status: BodyStatus;
  validFrom?: IsoDate | null;
  validTo?: IsoDate | null;
  /** the body this one is a sub-group of (a PSB for its sub-groups) */
  parentId?: string | null;
  /** the body this one replaced (SUCCESSOR_OF lineage) */
  predecessorId?: string | null;
  /** lead or owning organisation */
  ownerId?: string | null;
  areaIds: string[];
  themeIds: string[];
  /** people paid to coordinate it (Fusion coordinators) */
  coordinatorIds: string[];
  /** expected sector mix, for partnerships: composition gaps compare against this */
  expectedSectorIds?: string[];
}

/** An organisation's membership of a partnership/network body; `broughtById` records who brought it in. */
export interface Membership extends Period {
  organisationId: string;
  bodyId: string;
  broughtById?: string | null;
}

export const SEAT_TYPES = ['third_sector_representative', 'statutory_member', 'member', 'chair', 'observer'] as const;
export type SeatType = (typeof SEAT_TYPES)[number];

export interface Seat extends Period {
  id: string;
  bodyId: string;
  seatType: SeatType;
  /** organisation the seat is held on behalf of (a CVC, the sector, a council...) */
  onBehalfOfId?: string | null;
  /** holders over time; an empty or ended list means the seat is vacant */
  holders: SeatHolding[];
}

export interface SeatHolding extends Period {
  personId: string;
}

export interface ReportBack {
  id: string;
  seatId: string;
  personId: string;
  date: IsoDate;
  summary: string;
}

export interface Collaboration extends Period {
  id: string;
  name: string;
  description?: string | null;
  partnerIds: string[];
  themeIds: string[];
  areaIds: string[];
  /** the introduction it followed, if it came out of brokering */
  introductionId?: string | null;
}

export const TIE_KINDS = ['information_sharing', 'joint_delivery', 'referral', 'funding', 'co_location'] as const;
export type TieKind = (typeof TIE_KINDS)[number];

export const TIE_SOURCES = ['survey', 'coordinator', 'import', 'minutes'] as const;
export type TieSource = (typeof TIE_SOURCES)[number];

/** An organisation-organisation tie; undirected for analysis, stored source -> target. */
export interface Tie extends Period {
  id: string;
  sourceId: string;
  targetId: string;
  kind: TieKind;
  source: TieSource;
  /** PARTNER-style ratings, 1 (low) to 4 (high) */
  trust?: number | null;
  value?: number | null;
}

export const INTRODUCTION_STATUSES = [
  'suggested',
  'introduced',
  'meeting_held',
  'collaborating',
  'declined',
  'lapsed',
] as const;
export type IntroductionStatus = (typeof INTRODUCTION_STATUSES)[number];

export interface IntroductionEvent {
  status: IntroductionStatus;
  at: IsoDate;
  /** person id of who moved it */
  byId?: string | null;
  note?: string | null;
}

export interface Introduction {
  id: string;
  /** the two organisations introduced */
  organisationIds: [string, string];
  /** the broker: a person (coordinator) and, optionally, an introducing organisation */
  brokerId: string;
  introducerOrganisationId?: string | null;
  status: IntroductionStatus;
  events: IntroductionEvent[];
  outcome?: string | null;
}

/** Everything that makes up a network, in loading order. */
export interface NetworkDataset {
  areas: Area[];
  sectors: Sector[];
  themes: Theme[];
  organisations: Organisation[];
  people: Person[];
  bodies: Body[];
  memberships: Membership[];
  seats: Seat[];
  reportBacks: ReportBack[];
  collaborations: Collaboration[];
  ties: Tie[];
  introductions: Introduction[];
}
