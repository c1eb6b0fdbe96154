/**
 * Templates for invented-but-believable local organisations: "<place> Community Food Hub",
 * "Ysgol Gynradd <lle>", "Llyfrgell <lle>"... Each says which kind and sector it is, which themes
 * it tends to work on, and which job titles its people have.
 */

import type { OrganisationKind, OrganisationSize } from '../domain/model.ts';
import { SECTOR_IDS } from './reference/sectors.ts';

export interface LocalOrgTemplate {
  key: string;
  kind: OrganisationKind;
  sectorId: string;
  name: (place: string) => string;
  nameCy?: (placeCy: string) => string;
  themePool: readonly string[];
  sizes: readonly (readonly [OrganisationSize, number])[];
  /** registered charities get an invented charity number */
  charity: boolean;
  roles: readonly string[];
  /** relative frequency */
  weight: number;
}

const SMALL: LocalOrgTemplate['sizes'] = [['micro', 4], ['small', 5], ['medium', 1]];
const MEDIUM: LocalOrgTemplate['sizes'] = [['small', 3], ['medium', 5], ['large', 1]];

export const LOCAL_ORG_TEMPLATES: readonly LocalOrgTemplate[] = [
  { key: 'food-hub', kind: 'tso', sectorId: SECTOR_IDS.communityVoluntary, name: (p) => `${p} Community Food Hub`, nameCy: (p) => `Hwb Bwyd Cymunedol ${p}`, themePool: ['theme-f7', 'theme-f8', 'theme-psb-poverty'], sizes: SMALL, charity: true, roles: ['Project Coordinator', 'Volunteer Coordinator', 'Chair of Trustees'], weight: 3 },
  { key: 'community-centre', kind: 'tso', sectorId: SECTOR_IDS.communityVoluntary, name: (p) => `${p} Community Centre`, nameCy: (p) => `Canolfan Gymunedol ${p}`, themePool: ['theme-f8', 'theme-f3', 'theme-wg5'], sizes: SMALL, charity: true, roles: ['Centre Manager', 'Development Officer', 'Treasurer'], weight: 4 },
  { key: 'youth-club', kind: 'tso', sectorId: SECTOR_IDS.communityVoluntary, name: (p) => `${p} Youth Club`, nameCy: (p) => `Clwb Ieuenctid ${p}`, themePool: ['theme-f6', 'theme-f8'], sizes: SMALL, charity: true, roles: ['Youth Worker', 'Chair'], weight: 2 },
  { key: 'credit-union', kind: 'social_enterprise', sectorId: SECTOR_IDS.communityVoluntary, name: (p) => `${p} Credit Union`, nameCy: (p) => `Undeb Credyd ${p}`, themePool: ['theme-psb-poverty', 'theme-wg4'], sizes: SMALL, charity: false, roles: ['Manager'], weight: 1 },
  { key: 'primary-school', kind: 'school', sectorId: SECTOR_IDS.education, name: (p) => `${p} Primary School`, nameCy: (p) => `Ysgol Gynradd ${p}`, themePool: ['theme-f1', 'theme-f6'], sizes: MEDIUM, charity: false, roles: ['Headteacher', 'Family Engagement Officer'], weight: 3 },
  { key: 'ysgol-gymraeg', kind: 'school', sectorId: SECTOR_IDS.education, name: (p) => `Ysgol Gymraeg ${p}`, nameCy: (p) => `Ysgol Gymraeg ${p}`, themePool: ['theme-f1', 'theme-f6', 'theme-wg6'], sizes: MEDIUM, charity: false, roles: ['Pennaeth / Headteacher'], weight: 2 },
  { key: 'high-school', kind: 'school', sectorId: SECTOR_IDS.education, name: (p) => `${p} High School`, nameCy: (p) => `Ysgol Uwchradd ${p}`, themePool: ['theme-f2', 'theme-f4', 'theme-f6'], sizes: MEDIUM, charity: false, roles: ['Deputy Head', 'Careers Lead'], weight: 2 },
  { key: 'library', kind: 'library', sectorId: SECTOR_IDS.libraries, name: (p) => `${p} Library`, nameCy: (p) => `Llyfrgell ${p}`, themePool: ['theme-f5', 'theme-f1', 'theme-f2'], sizes: SMALL, charity: false, roles: ['Librarian', 'Digital Inclusion Officer'], weight: 3 },
  { key: 'youth-theatre', kind: 'arts_organisation', sectorId: SECTOR_IDS.cultureArts, name: (p) => `${p} Youth Theatre`, nameCy: (p) => `Theatr Ieuenctid ${p}`, themePool: ['theme-f6', 'theme-f8', 'theme-f2'], sizes: SMALL, charity: true, roles: ['Artistic Director', 'Participation Officer'], weight: 2 },
  { key: 'arts-centre', kind: 'arts_organisation', sectorId: SECTOR_IDS.cultureArts, name: (p) => `${p} Arts Centre`, nameCy: (p) => `Canolfan Gelfyddydau ${p}`, themePool: ['theme-f7', 'theme-f8', 'theme-f3'], sizes: MEDIUM, charity: true, roles: ['Director', 'Creative Learning Officer'], weight: 2 },
  { key: 'choir', kind: 'tso', sectorId: SECTOR_IDS.cultureArts, name: (p) => `${p} Male Voice Choir`, nameCy: (p) => `Côr Meibion ${p}`, themePool: ['theme-f7', 'theme-f8', 'theme-wg6'], sizes: [['micro', 1]], charity: true, roles: ['Secretary'], weight: 1 },
  { key: 'museum', kind: 'museum', sectorId: SECTOR_IDS.heritageMuseums, name: (p) => `${p} Museum`, nameCy: (p) => `Amgueddfa ${p}`, themePool: ['theme-f3', 'theme-f4', 'theme-f1'], sizes: SMALL, charity: true, roles: ['Curator', 'Learning Officer', 'Volunteer Manager'], weight: 2 },
  { key: 'history-society', kind: 'tso', sectorId: SECTOR_IDS.heritageMuseums, name: (p) => `${p} Local History Society`, nameCy: (p) => `Cymdeithas Hanes Lleol ${p}`, themePool: ['theme-f3', 'theme-f8'], sizes: [['micro', 1]], charity: true, roles: ['Secretary', 'Archivist'], weight: 1 },
  { key: 'heritage-trust', kind: 'heritage_site', sectorId: SECTOR_IDS.heritageMuseums, name: (p) => `${p} Heritage Trust`, nameCy: (p) => `Ymddiriedolaeth Treftadaeth ${p}`, themePool: ['theme-f3', 'theme-f4', 'theme-wg6'], sizes: SMALL, charity: true, roles: ['Site Manager', 'Heritage Officer'], weight: 1 },
  { key: 'mental-health', kind: 'tso', sectorId: SECTOR_IDS.health, name: (p) => `${p} Mental Health Support`, nameCy: (p) => `Cymorth Iechyd Meddwl ${p}`, themePool: ['theme-f7', 'theme-wg3'], sizes: SMALL, charity: true, roles: ['Service Manager', 'Peer Support Lead'], weight: 2 },
  { key: 'health-hub', kind: 'tso', sectorId: SECTOR_IDS.health, name: (p) => `${p} Community Health Hub`, nameCy: (p) => `Hwb Iechyd Cymunedol ${p}`, themePool: ['theme-f7', 'theme-wg3'], sizes: SMALL, charity: false, roles: ['Social Prescribing Link Worker', 'Practice Manager'], weight: 2 },
  { key: 'carers', kind: 'tso', sectorId: SECTOR_IDS.socialCare, name: (p) => `${p} Carers Centre`, nameCy: (p) => `Canolfan Gofalwyr ${p}`, themePool: ['theme-f7', 'theme-wg4'], sizes: SMALL, charity: true, roles: ['Carers Support Officer', 'Manager'], weight: 2 },
  { key: 'day-centre', kind: 'social_enterprise', sectorId: SECTOR_IDS.socialCare, name: (p) => `${p} Day Centre`, nameCy: (p) => `Canolfan Ddydd ${p}`, themePool: ['theme-f7'], sizes: SMALL, charity: false, roles: ['Centre Manager'], weight: 1 },
  { key: 'family-centre', kind: 'tso', sectorId: SECTOR_IDS.earlyYears, name: (p) => `${p} Family Centre`, nameCy: (p) => `Canolfan Deulu ${p}`, themePool: ['theme-f1', 'theme-wg4'], sizes: SMALL, charity: true, roles: ['Family Support Worker', 'Manager'], weight: 2 },
  { key: 'cylch-meithrin', kind: 'tso', sectorId: SECTOR_IDS.earlyYears, name: (p) => `Cylch Meithrin ${p}`, nameCy: (p) => `Cylch Meithrin ${p}`, themePool: ['theme-f1', 'theme-wg6'], sizes: [['micro', 1]], charity: true, roles: ['Arweinydd / Leader'], weight: 2 },
  { key: 'housing-association', kind: 'housing_association', sectorId: SECTOR_IDS.housing, name: (p) => `${p} Housing Association`, nameCy: (p) => `Cymdeithas Dai ${p}`, themePool: ['theme-f3', 'theme-f5', 'theme-psb-poverty'], sizes: MEDIUM, charity: false, roles: ['Community Investment Officer', 'Tenant Engagement Officer'], weight: 2 },
  { key: 'tenants', kind: 'tso', sectorId: SECTOR_IDS.housing, name: (p) => `${p} Tenants and Residents Association`, nameCy: (p) => `Cymdeithas Tenantiaid a Thrigolion ${p}`, themePool: ['theme-f8'], sizes: [['micro', 1]], charity: false, roles: ['Chair'], weight: 1 },
  { key: 'jobs-club', kind: 'tso', sectorId: SECTOR_IDS.employabilitySkills, name: (p) => `${p} Jobs Club`, nameCy: (p) => `Clwb Swyddi ${p}`, themePool: ['theme-f4', 'theme-f2', 'theme-f5'], sizes: SMALL, charity: true, roles: ['Employment Mentor'], weight: 2 },
  { key: 'skills-hub', kind: 'social_enterprise', sectorId: SECTOR_IDS.employabilitySkills, name: (p) => `${p} Skills Hub`, nameCy: (p) => `Hwb Sgiliau ${p}`, themePool: ['theme-f2', 'theme-f4', 'theme-f5'], sizes: SMALL, charity: false, roles: ['Training Coordinator', 'Employer Liaison Officer'], weight: 1 },
  { key: 'rugby-club', kind: 'tso', sectorId: SECTOR_IDS.sportLeisure, name: (p) => `${p} RFC`, nameCy: (p) => `Clwb Rygbi ${p}`, themePool: ['theme-f7', 'theme-f8'], sizes: [['micro', 1], ['small', 1]], charity: false, roles: ['Community Officer', 'Club Secretary'], weight: 1 },
  { key: 'leisure-centre', kind: 'social_enterprise', sectorId: SECTOR_IDS.sportLeisure, name: (p) => `${p} Leisure Centre`, nameCy: (p) => `Canolfan Hamdden ${p}`, themePool: ['theme-f7', 'theme-wg3'], sizes: MEDIUM, charity: false, roles: ['Centre Manager', 'Active Communities Officer'], weight: 1 },
  { key: 'community-garden', kind: 'tso', sectorId: SECTOR_IDS.environment, name: (p) => `${p} Community Garden`, nameCy: (p) => `Gardd Gymunedol ${p}`, themePool: ['theme-f7', 'theme-f3', 'theme-psb-climate'], sizes: [['micro', 1]], charity: true, roles: ['Garden Coordinator'], weight: 1 },
  { key: 'friends-of-park', kind: 'tso', sectorId: SECTOR_IDS.environment, name: (p) => `Friends of ${p} Park`, nameCy: (p) => `Cyfeillion Parc ${p}`, themePool: ['theme-f3', 'theme-wg2'], sizes: [['micro', 1]], charity: false, roles: ['Chair'], weight: 1 },
  { key: 'chamber-of-trade', kind: 'business', sectorId: SECTOR_IDS.business, name: (p) => `${p} Chamber of Trade`, nameCy: (p) => `Siambr Fasnach ${p}`, themePool: ['theme-wg1', 'theme-f4'], sizes: [['micro', 1]], charity: false, roles: ['Secretary'], weight: 1 },
  { key: 'neighbourhood-watch', kind: 'tso', sectorId: SECTOR_IDS.policingJustice, name: (p) => `${p} Neighbourhood Watch`, nameCy: (p) => `Gwarchod Cymdogaeth ${p}`, themePool: ['theme-psb-safety', 'theme-f8'], sizes: [['micro', 1]], charity: false, roles: ['Coordinator'], weight: 1 },
  { key: 'womens-aid', kind: 'tso', sectorId: SECTOR_IDS.policingJustice, name: (p) => `${p} Women's Aid`, nameCy: (p) => `Cymorth i Ferched ${p}`, themePool: ['theme-psb-safety', 'theme-f7'], sizes: SMALL, charity: true, roles: ['Service Manager', 'Outreach Worker'], weight: 1 },
];

/** Templates every local authority gets at least one of, so every area has the core Fusion sectors. */
export const CORE_TEMPLATE_KEYS: readonly string[] = [
  'community-centre', 'food-hub', 'primary-school', 'library', 'museum', 'youth-theatre', 'mental-health', 'health-hub',
  'family-centre', 'housing-association', 'jobs-club', 'carers',
];

export function templateByKey(key: string): LocalOrgTemplate {
  const t = LOCAL_ORG_TEMPLATES.find((x) => x.key === key);
  if (!t) throw new Error(`unknown template ${key}`);
  return t;
}
