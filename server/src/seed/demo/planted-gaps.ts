/**
 * The gaps deliberately planted in the demo network, by id. The ids do not depend on the seed, so
 * server and UI tests can rely on them for any seed (the generator forces these cases; random
 * choices elsewhere never undo them). docs/demo-data.md explains each one.
 */

import { LOCAL_AUTHORITIES } from '../reference/areas.ts';

/** The demo's "today": report-back recency and vacancy are judged as of this date. */
export const DEMO_REFERENCE_DATE = '2026-11-01';

/** Invented local organisations per local authority: fixed (not seed-dependent) so ids are stable. */
export function localOrgCount(weight: number): number {
  return 12 + Math.round(weight * 0.95);
}

function lastOrg(laSlug: string, back = 0): string {
  const la = LOCAL_AUTHORITIES.find((x) => x.slug === laSlug);
  if (!la) throw new Error(`unknown local authority ${laSlug}`);
  return `org-${laSlug}-${localOrgCount(la.weight) - back}`;
}

export const ARTICULATION_CLUSTER_SIZE = 6;
export const POWYS_NORTH_SHARE = 0.6;
const POWYS_COUNT = localOrgCount(LOCAL_AUTHORITIES.find((x) => x.slug === 'powys')?.weight ?? 0);
const POWYS_NORTH_COUNT = Math.ceil(POWYS_COUNT * POWYS_NORTH_SHARE);

export const DEMO_PLANTED_GAPS = {
  referenceDate: DEMO_REFERENCE_DATE,

  // --- representation ---
  /** PSB sub-groups with no third-sector seat at all */
  subGroupsWithoutThirdSectorSeat: [
    'body-psb-bridgend-community-safety',
    'body-psb-flintshire-needs-analysis',
    'body-psb-wrexham-health-social-care',
    'body-psb-monmouthshire-poverty',
    'body-psb-vale-of-glamorgan-well-being-assessment',
  ],
  /** one invented GAVO officer holding third-sector seats across the four Gwent authorities GAVO covers */
  personWithManySeats: 'person-gavo-1',
  personWithManySeatsMinimum: 8,
  /** always vacant (the last holder left and nobody replaced them); about 8% of all seats are vacant */
  vacantSeats: [
    'seat-forum-cardiff-third-sector-forum-ts2',
    'seat-psb-swansea-engagement-ts1',
    'seat-psb-conwy-communities-ts1',
  ],
  /** bodies whose third-sector seats are all held by CVC staff (the wider sector could sit) */
  thirdSectorSeatsOnlyCvcStaff: [
    'body-psb-cardiff-engagement',
    'body-psb-gwynedd-communities',
    'body-psb-carmarthenshire-engagement',
  ],
  /** third-sector seats with a current holder but no report-back for more than 12 months */
  seatsWithoutRecentReportBack: [
    'seat-psb-gwynedd-engagement-ts1',
    'seat-psb-powys-communities-ts1',
    'seat-psb-wrexham-engagement-ts1',
    'seat-psb-rhondda-cynon-taf-communities-ts1',
    'seat-psb-ceredigion-engagement-ts1',
  ],

  // --- history ---
  /** PSBs whose predecessor is a Local Service Board (replaced 2016-03-31) */
  psbsWithLsbPredecessor: {
    'body-psb-cardiff': 'body-lsb-cardiff',
    'body-psb-swansea': 'body-lsb-swansea',
    'body-psb-rhondda-cynon-taf': 'body-lsb-rhondda-cynon-taf',
    'body-psb-wrexham': 'body-lsb-wrexham',
    'body-psb-carmarthenshire': 'body-lsb-carmarthenshire',
  } as Record<string, string>,
  /** sub-groups that lapsed and reappeared under a new name (successor -> lapsed predecessor) */
  lapsedAndReappeared: {
    'body-psb-swansea-communities-and-place': 'body-psb-swansea-communities',
    'body-psb-newport-participation-network': 'body-psb-newport-engagement',
  } as Record<string, string>,

  // --- composition ---
  /** no tie at all between health and heritage-and-museums organisations working in this area */
  areaWithoutHealthHeritageTie: 'area-ceredigion',
  /** no organisation in this area works on this theme, and no collaboration there has it */
  missingAreaTheme: { areaId: 'area-merthyr-tydfil', themeId: 'theme-f4' },
  /** a Fusion partnership that lacks one of its expected sectors */
  partnershipMissingSector: { bodyId: 'body-fusion-conwy', sectorId: 'sector-housing' },

  // --- structure ---
  /** PAVS is the only link between a St Davids cluster of small groups and everything else */
  articulationPointOrg: 'org-pavs',
  articulationArea: 'area-pembrokeshire',
  articulationDependentOrgs: Array.from({ length: ARTICULATION_CLUSTER_SIZE }, (_, i) => `org-pembrokeshire-${i + 1}`),
  /** Powys: the Brecknockshire groups (community B) reach the rest only through one tie */
  structuralHoleArea: 'area-powys',
  structuralHoleCommunityB: Array.from({ length: POWYS_COUNT - POWYS_NORTH_COUNT }, (_, i) => `org-powys-${POWYS_NORTH_COUNT + i + 1}`),
  structuralHoleBridgeTie: 'tie-powys-bridge',
  /** newcomers with no ties yet */
  isolates: [lastOrg('cardiff'), lastOrg('newport'), lastOrg('conwy'), lastOrg('merthyr-tydfil')],
  /** newcomers with exactly one tie (to their CVC) */
  singleTieOrgs: [
    lastOrg('cardiff', 1), lastOrg('swansea', 1), lastOrg('gwynedd', 1),
    lastOrg('wrexham', 1), lastOrg('bridgend', 1), lastOrg('torfaen', 1),
  ],

  // --- brokering ---
  /** an introduction that led to a collaboration, and that collaboration */
  collaboratingIntroduction: 'intro-01',
  collaborationFromIntroduction: 'collab-from-intro-01',
  declinedIntroductions: ['intro-04', 'intro-05', 'intro-14'],
} as const;

export type DemoPlantedGaps = typeof DEMO_PLANTED_GAPS;

/** Powys invented orgs numbered above this are the Brecknockshire community (B). */
export const POWYS_NORTH_LAST_INDEX = POWYS_NORTH_COUNT;
