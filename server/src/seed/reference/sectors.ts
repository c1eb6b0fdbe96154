/** The sector classification used for composition gaps (which sectors a partnership or area lacks). */

import type { Sector } from '../../domain/model.ts';

export const SECTOR_IDS = {
  thirdSectorInfrastructure: 'sector-third-sector-infrastructure',
  communityVoluntary: 'sector-community-voluntary',
  health: 'sector-health',
  socialCare: 'sector-social-care',
  localGovernment: 'sector-local-government',
  policingJustice: 'sector-policing-justice',
  fireRescue: 'sector-fire-rescue',
  education: 'sector-education',
  earlyYears: 'sector-early-years',
  housing: 'sector-housing',
  employabilitySkills: 'sector-employability-skills',
  cultureArts: 'sector-culture-arts',
  heritageMuseums: 'sector-heritage-museums',
  libraries: 'sector-libraries',
  sportLeisure: 'sector-sport-leisure',
  environment: 'sector-environment',
  business: 'sector-business',
  nationalGovernment: 'sector-national-government',
} as const;

export type SectorKey = keyof typeof SECTOR_IDS;

export const SECTORS: readonly Sector[] = [
  { id: SECTOR_IDS.thirdSectorInfrastructure, name: 'Third-sector infrastructure', nameCy: 'Seilwaith y trydydd sector' },
  { id: SECTOR_IDS.communityVoluntary, name: 'Community and voluntary', nameCy: 'Cymunedol a gwirfoddol' },
  { id: SECTOR_IDS.health, name: 'Health', nameCy: 'Iechyd' },
  { id: SECTOR_IDS.socialCare, name: 'Social care', nameCy: 'Gofal cymdeithasol' },
  { id: SECTOR_IDS.localGovernment, name: 'Local government', nameCy: 'Llywodraeth leol' },
  { id: SECTOR_IDS.policingJustice, name: 'Policing and justice', nameCy: 'Plismona a chyfiawnder' },
  { id: SECTOR_IDS.fireRescue, name: 'Fire and rescue', nameCy: 'Tân ac achub' },
  { id: SECTOR_IDS.education, name: 'Education', nameCy: 'Addysg' },
  { id: SECTOR_IDS.earlyYears, name: 'Early years', nameCy: 'Blynyddoedd cynnar' },
  { id: SECTOR_IDS.housing, name: 'Housing', nameCy: 'Tai' },
  { id: SECTOR_IDS.employabilitySkills, name: 'Employability and skills', nameCy: 'Cyflogadwyedd a sgiliau' },
  { id: SECTOR_IDS.cultureArts, name: 'Culture and arts', nameCy: "Diwylliant a'r celfyddydau" },
  { id: SECTOR_IDS.heritageMuseums, name: 'Heritage and museums', nameCy: 'Treftadaeth ac amgueddfeydd' },
  { id: SECTOR_IDS.libraries, name: 'Libraries', nameCy: 'Llyfrgelloedd' },
  { id: SECTOR_IDS.sportLeisure, name: 'Sport and leisure', nameCy: 'Chwaraeon a hamdden' },
  { id: SECTOR_IDS.environment, name: 'Environment', nameCy: 'Yr amgylchedd' },
  { id: SECTOR_IDS.business, name: 'Business', nameCy: 'Busnes' },
  { id: SECTOR_IDS.nationalGovernment, name: 'National government bodies', nameCy: 'Cyrff llywodraeth genedlaethol' },
];

/** The sectors a Fusion partnership is expected to draw together (Fusion overview, Annex 1). */
export const FUSION_EXPECTED_SECTOR_IDS: readonly string[] = [
  SECTOR_IDS.cultureArts,
  SECTOR_IDS.heritageMuseums,
  SECTOR_IDS.libraries,
  SECTOR_IDS.health,
  SECTOR_IDS.education,
  SECTOR_IDS.housing,
  SECTOR_IDS.employabilitySkills,
  SECTOR_IDS.earlyYears,
];

/** Sectors whose organisations count as the third sector for representation purposes. */
export const THIRD_SECTOR_SECTOR_IDS: readonly string[] = [SECTOR_IDS.thirdSectorInfrastructure, SECTOR_IDS.communityVoluntary];
