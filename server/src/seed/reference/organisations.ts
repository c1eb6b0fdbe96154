/**
 * Real public bodies that make up the skeleton of any Welsh partnership network: councils, CVCs,
 * health boards, police forces, fire and rescue services, and the national and cultural bodies named
 * in the evaluation reports (seeds/). Names and footprints are public facts; every person attached to
 * them in the demo is invented.
 */

import type { Organisation, OrganisationKind, OrganisationSize } from '../../domain/model.ts';
import { LOCAL_AUTHORITIES, WALES_ID, areaIdOf, councilIdOf } from './areas.ts';
import { SECTOR_IDS } from './sectors.ts';

export interface CvcRef {
  id: string;
  acronym: string;
  name: string;
  nameCy?: string;
  laSlugs: readonly string[];
}

/** The 19 County Voluntary Councils; GAVO covers four Gwent authorities. */
export const CVCS: readonly CvcRef[] = [
  { id: 'org-avow', acronym: 'AVOW', name: 'Association of Voluntary Organisations in Wrexham', laSlugs: ['wrexham'] },
  { id: 'org-flvc', acronym: 'FLVC', name: 'Flintshire Local Voluntary Council', nameCy: 'Cyngor Gwirfoddol Lleol Sir y Fflint', laSlugs: ['flintshire'] },
  { id: 'org-dvsc', acronym: 'DVSC', name: 'Denbighshire Voluntary Services Council', nameCy: 'Cyngor Gwasanaethau Gwirfoddol Sir Ddinbych', laSlugs: ['denbighshire'] },
  { id: 'org-cvsc', acronym: 'CVSC', name: 'Community and Voluntary Support Conwy', nameCy: 'Cefnogaeth Gymunedol a Gwirfoddol Conwy', laSlugs: ['conwy'] },
  { id: 'org-medrwn-mon', acronym: 'Medrwn Môn', name: 'Medrwn Môn', nameCy: 'Medrwn Môn', laSlugs: ['isle-of-anglesey'] },
  { id: 'org-mantell-gwynedd', acronym: 'Mantell Gwynedd', name: 'Mantell Gwynedd', nameCy: 'Mantell Gwynedd', laSlugs: ['gwynedd'] },
  { id: 'org-pavo', acronym: 'PAVO', name: 'Powys Association of Voluntary Organisations', nameCy: 'Cymdeithas Mudiadau Gwirfoddol Powys', laSlugs: ['powys'] },
  { id: 'org-cavo', acronym: 'CAVO', name: 'Ceredigion Association of Voluntary Organisations', nameCy: 'Cymdeithas Mudiadau Gwirfoddol Ceredigion', laSlugs: ['ceredigion'] },
  { id: 'org-pavs', acronym: 'PAVS', name: 'Pembrokeshire Association of Voluntary Services', nameCy: 'Cymdeithas Gwasanaethau Gwirfoddol Sir Benfro', laSlugs: ['pembrokeshire'] },
  { id: 'org-cavs', acronym: 'CAVS', name: 'Carmarthenshire Association of Voluntary Services', nameCy: 'Cymdeithas Gwasanaethau Gwirfoddol Sir Gâr', laSlugs: ['carmarthenshire'] },
  { id: 'org-scvs', acronym: 'SCVS', name: 'Swansea Council for Voluntary Service', nameCy: 'Cyngor Gwasanaeth Gwirfoddol Abertawe', laSlugs: ['swansea'] },
  { id: 'org-nptcvs', acronym: 'NPTCVS', name: 'Neath Port Talbot Council for Voluntary Service', nameCy: 'Cyngor Gwasanaeth Gwirfoddol Castell-nedd Port Talbot', laSlugs: ['neath-port-talbot'] },
  { id: 'org-bavo', acronym: 'BAVO', name: 'Bridgend Association of Voluntary Organisations', nameCy: 'Cymdeithas Mudiadau Gwirfoddol Pen-y-bont ar Ogwr', laSlugs: ['bridgend'] },
  { id: 'org-interlink-rct', acronym: 'Interlink RCT', name: 'Interlink RCT', laSlugs: ['rhondda-cynon-taf'] },
  { id: 'org-vamt', acronym: 'VAMT', name: 'Voluntary Action Merthyr Tydfil', nameCy: 'Gweithredu Gwirfoddol Merthyr Tudful', laSlugs: ['merthyr-tydfil'] },
  { id: 'org-gavo', acronym: 'GAVO', name: 'Gwent Association of Voluntary Organisations', nameCy: 'Cymdeithas Mudiadau Gwirfoddol Gwent', laSlugs: ['blaenau-gwent', 'caerphilly', 'monmouthshire', 'newport'] },
  { id: 'org-tva', acronym: 'TVA', name: 'Torfaen Voluntary Alliance', nameCy: 'Cynghrair Gwirfoddol Tor-faen', laSlugs: ['torfaen'] },
  { id: 'org-c3sc', acronym: 'C3SC', name: 'Cardiff Third Sector Council', nameCy: 'Cyngor Trydydd Sector Caerdydd', laSlugs: ['cardiff'] },
  { id: 'org-gvs', acronym: 'GVS', name: 'Glamorgan Voluntary Services', nameCy: 'Gwasanaethau Gwirfoddol Morgannwg', laSlugs: ['vale-of-glamorgan'] },
];

export interface FootprintRef {
  id: string;
  name: string;
  nameCy: string;
  laSlugs: readonly string[];
}

const NORTH = ['isle-of-anglesey', 'gwynedd', 'conwy', 'denbighshire', 'flintshire', 'wrexham'] as const;
const GWENT = ['blaenau-gwent', 'caerphilly', 'monmouthshire', 'newport', 'torfaen'] as const;

export const HEALTH_BOARDS: readonly FootprintRef[] = [
  { id: 'org-aneurin-bevan-uhb', name: 'Aneurin Bevan University Health Board', nameCy: 'Bwrdd Iechyd Prifysgol Aneurin Bevan', laSlugs: GWENT },
  { id: 'org-betsi-cadwaladr-uhb', name: 'Betsi Cadwaladr University Health Board', nameCy: 'Bwrdd Iechyd Prifysgol Betsi Cadwaladr', laSlugs: NORTH },
  { id: 'org-cardiff-and-vale-uhb', name: 'Cardiff and Vale University Health Board', nameCy: "Bwrdd Iechyd Prifysgol Caerdydd a'r Fro", laSlugs: ['cardiff', 'vale-of-glamorgan'] },
  { id: 'org-cwm-taf-morgannwg-uhb', name: 'Cwm Taf Morgannwg University Health Board', nameCy: 'Bwrdd Iechyd Prifysgol Cwm Taf Morgannwg', laSlugs: ['bridgend', 'merthyr-tydfil', 'rhondda-cynon-taf'] },
  { id: 'org-hywel-dda-uhb', name: 'Hywel Dda University Health Board', nameCy: 'Bwrdd Iechyd Prifysgol Hywel Dda', laSlugs: ['carmarthenshire', 'ceredigion', 'pembrokeshire'] },
  { id: 'org-swansea-bay-uhb', name: 'Swansea Bay University Health Board', nameCy: 'Bwrdd Iechyd Prifysgol Bae Abertawe', laSlugs: ['swansea', 'neath-port-talbot'] },
  { id: 'org-powys-thb', name: 'Powys Teaching Health Board', nameCy: 'Bwrdd Iechyd Addysgu Powys', laSlugs: ['powys'] },
];

export const POLICE_FORCES: readonly FootprintRef[] = [
  { id: 'org-dyfed-powys-police', name: 'Dyfed-Powys Police', nameCy: 'Heddlu Dyfed-Powys', laSlugs: ['carmarthenshire', 'ceredigion', 'pembrokeshire', 'powys'] },
  { id: 'org-gwent-police', name: 'Gwent Police', nameCy: 'Heddlu Gwent', laSlugs: GWENT },
  { id: 'org-north-wales-police', name: 'North Wales Police', nameCy: 'Heddlu Gogledd Cymru', laSlugs: NORTH },
  { id: 'org-south-wales-police', name: 'South Wales Police', nameCy: 'Heddlu De Cymru', laSlugs: ['bridgend', 'cardiff', 'merthyr-tydfil', 'neath-port-talbot', 'rhondda-cynon-taf', 'swansea', 'vale-of-glamorgan'] },
];

export const FIRE_AND_RESCUE_SERVICES: readonly FootprintRef[] = [
  { id: 'org-north-wales-fire', name: 'North Wales Fire and Rescue Service', nameCy: 'Gwasanaeth Tân ac Achub Gogledd Cymru', laSlugs: NORTH },
  { id: 'org-mid-west-wales-fire', name: 'Mid and West Wales Fire and Rescue Service', nameCy: 'Gwasanaeth Tân ac Achub Canolbarth a Gorllewin Cymru', laSlugs: ['carmarthenshire', 'ceredigion', 'pembrokeshire', 'powys', 'swansea', 'neath-port-talbot'] },
  { id: 'org-south-wales-fire', name: 'South Wales Fire and Rescue Service', nameCy: 'Gwasanaeth Tân ac Achub De Cymru', laSlugs: ['blaenau-gwent', 'bridgend', 'caerphilly', 'cardiff', 'merthyr-tydfil', 'monmouthshire', 'newport', 'rhondda-cynon-taf', 'torfaen', 'vale-of-glamorgan'] },
];

interface NamedBodyRef {
  id: string;
  name: string;
  nameCy?: string;
  kind: OrganisationKind;
  sectorId: string;
  size: OrganisationSize;
  /** local authority slugs, or empty for an all-Wales body */
  laSlugs: readonly string[];
  themeIds: readonly string[];
}

/** National and cultural bodies named in the seeds (Fusion overview, Annex 1 and case studies). */
export const NAMED_BODIES: readonly NamedBodyRef[] = [
  { id: 'org-wcva', name: 'Wales Council for Voluntary Action', nameCy: 'Cyngor Gweithredu Gwirfoddol Cymru', kind: 'national_body', sectorId: SECTOR_IDS.thirdSectorInfrastructure, size: 'large', laSlugs: [], themeIds: ['theme-f3', 'theme-wg5'] },
  { id: 'org-welsh-government', name: 'Welsh Government', nameCy: 'Llywodraeth Cymru', kind: 'national_body', sectorId: SECTOR_IDS.nationalGovernment, size: 'large', laSlugs: [], themeIds: ['theme-wg1', 'theme-wg4'] },
  { id: 'org-natural-resources-wales', name: 'Natural Resources Wales', nameCy: 'Cyfoeth Naturiol Cymru', kind: 'national_body', sectorId: SECTOR_IDS.environment, size: 'large', laSlugs: [], themeIds: ['theme-wg2', 'theme-psb-climate'] },
  { id: 'org-public-health-wales', name: 'Public Health Wales', nameCy: 'Iechyd Cyhoeddus Cymru', kind: 'national_body', sectorId: SECTOR_IDS.health, size: 'large', laSlugs: [], themeIds: ['theme-wg3', 'theme-f7'] },
  { id: 'org-national-library-of-wales', name: 'National Library of Wales', nameCy: 'Llyfrgell Genedlaethol Cymru', kind: 'library', sectorId: SECTOR_IDS.libraries, size: 'large', laSlugs: [], themeIds: ['theme-f5', 'theme-f1', 'theme-wg6'] },
  { id: 'org-amgueddfa-cymru', name: 'Amgueddfa Cymru – Museum Wales', nameCy: 'Amgueddfa Cymru', kind: 'museum', sectorId: SECTOR_IDS.heritageMuseums, size: 'large', laSlugs: [], themeIds: ['theme-f3', 'theme-f6', 'theme-wg6'] },
  { id: 'org-cadw', name: 'Cadw', nameCy: 'Cadw', kind: 'national_body', sectorId: SECTOR_IDS.heritageMuseums, size: 'large', laSlugs: [], themeIds: ['theme-f3', 'theme-f4', 'theme-wg6'] },
  { id: 'org-national-theatre-wales', name: 'National Theatre Wales', kind: 'theatre', sectorId: SECTOR_IDS.cultureArts, size: 'medium', laSlugs: [], themeIds: ['theme-f6', 'theme-f8'] },
  { id: 'org-ffilm-cymru', name: 'Ffilm Cymru Wales', nameCy: 'Ffilm Cymru', kind: 'arts_organisation', sectorId: SECTOR_IDS.cultureArts, size: 'small', laSlugs: [], themeIds: ['theme-f2', 'theme-f6'] },
  { id: 'org-arts-council-of-wales', name: 'Arts Council of Wales', nameCy: 'Cyngor Celfyddydau Cymru', kind: 'national_body', sectorId: SECTOR_IDS.cultureArts, size: 'large', laSlugs: [], themeIds: ['theme-wg6', 'theme-f8'] },
  { id: 'org-peoples-collection-wales', name: "People's Collection Wales", nameCy: 'Casgliad y Werin Cymru', kind: 'national_body', sectorId: SECTOR_IDS.heritageMuseums, size: 'small', laSlugs: [], themeIds: ['theme-f5'] },
  { id: 'org-creative-cultural-skills', name: 'Creative & Cultural Skills', kind: 'national_body', sectorId: SECTOR_IDS.employabilitySkills, size: 'medium', laSlugs: [], themeIds: ['theme-f2', 'theme-f4'] },
  { id: 'org-kids-in-museums', name: 'Kids in Museums', kind: 'tso', sectorId: SECTOR_IDS.heritageMuseums, size: 'small', laSlugs: [], themeIds: ['theme-f1', 'theme-f6'] },
  { id: 'org-stroke-association', name: 'Stroke Association', nameCy: 'Y Gymdeithas Strôc', kind: 'tso', sectorId: SECTOR_IDS.health, size: 'large', laSlugs: [], themeIds: ['theme-f7', 'theme-wg3'] },
  { id: 'org-flying-start', name: 'Flying Start', nameCy: 'Dechrau\'n Deg', kind: 'government_programme', sectorId: SECTOR_IDS.earlyYears, size: 'large', laSlugs: [], themeIds: ['theme-f1', 'theme-wg4'] },
  { id: 'org-communities-for-work', name: 'Communities for Work', nameCy: 'Cymunedau am Waith', kind: 'government_programme', sectorId: SECTOR_IDS.employabilitySkills, size: 'large', laSlugs: [], themeIds: ['theme-f3', 'theme-f4', 'theme-wg1'] },
  { id: 'org-participation-cymru', name: 'Participation Cymru', nameCy: 'Cyfranogaeth Cymru', kind: 'tso', sectorId: SECTOR_IDS.thirdSectorInfrastructure, size: 'small', laSlugs: [], themeIds: ['theme-f8', 'theme-wg5'] },
  { id: 'org-business-wales', name: 'Business Wales', nameCy: 'Busnes Cymru', kind: 'government_programme', sectorId: SECTOR_IDS.business, size: 'large', laSlugs: [], themeIds: ['theme-wg1', 'theme-f4'] },
  { id: 'org-sport-wales', name: 'Sport Wales', nameCy: 'Chwaraeon Cymru', kind: 'national_body', sectorId: SECTOR_IDS.sportLeisure, size: 'large', laSlugs: [], themeIds: ['theme-f7', 'theme-wg3'] },
  { id: 'org-careers-wales', name: 'Careers Wales', nameCy: 'Gyrfa Cymru', kind: 'national_body', sectorId: SECTOR_IDS.employabilitySkills, size: 'large', laSlugs: [], themeIds: ['theme-f4', 'theme-wg1'] },
  { id: 'org-its-my-shout', name: "It's My Shout", kind: 'arts_organisation', sectorId: SECTOR_IDS.cultureArts, size: 'small', laSlugs: [], themeIds: ['theme-f2', 'theme-f4'] },
  // local bodies named in the seeds
  { id: 'org-museum-of-cardiff', name: 'Museum of Cardiff', nameCy: 'Amgueddfa Caerdydd', kind: 'museum', sectorId: SECTOR_IDS.heritageMuseums, size: 'medium', laSlugs: ['cardiff'], themeIds: ['theme-f1', 'theme-f3', 'theme-f4'] },
  { id: 'org-rubicon-dance', name: 'Rubicon Dance', kind: 'arts_organisation', sectorId: SECTOR_IDS.cultureArts, size: 'small', laSlugs: ['cardiff'], themeIds: ['theme-f1', 'theme-f7'] },
  { id: 'org-cardiff-and-vale-college', name: 'Cardiff and Vale College', nameCy: 'Coleg Caerdydd a\'r Fro', kind: 'college', sectorId: SECTOR_IDS.education, size: 'large', laSlugs: ['cardiff', 'vale-of-glamorgan'], themeIds: ['theme-f2', 'theme-f4'] },
  { id: 'org-swansea-music-hub', name: 'Swansea Music Hub', nameCy: 'Hwb Cerdd Abertawe', kind: 'arts_organisation', sectorId: SECTOR_IDS.cultureArts, size: 'small', laSlugs: ['swansea'], themeIds: ['theme-f7', 'theme-f6'] },
  { id: 'org-tai-tarian', name: 'Tai Tarian', nameCy: 'Tai Tarian', kind: 'housing_association', sectorId: SECTOR_IDS.housing, size: 'large', laSlugs: ['neath-port-talbot'], themeIds: ['theme-f3', 'theme-f5', 'theme-f6'] },
  { id: 'org-ysgol-bae-baglan', name: 'Ysgol Bae Baglan', nameCy: 'Ysgol Bae Baglan', kind: 'school', sectorId: SECTOR_IDS.education, size: 'medium', laSlugs: ['neath-port-talbot'], themeIds: ['theme-f6'] },
  { id: 'org-storiel', name: 'Storiel', nameCy: 'Storiel', kind: 'museum', sectorId: SECTOR_IDS.heritageMuseums, size: 'small', laSlugs: ['gwynedd'], themeIds: ['theme-f1', 'theme-f3'] },
  { id: 'org-pontio', name: 'Pontio', nameCy: 'Pontio', kind: 'arts_organisation', sectorId: SECTOR_IDS.cultureArts, size: 'medium', laSlugs: ['gwynedd'], themeIds: ['theme-f6', 'theme-f8'] },
  { id: 'org-national-slate-museum', name: 'National Slate Museum', nameCy: 'Amgueddfa Lechi Cymru', kind: 'museum', sectorId: SECTOR_IDS.heritageMuseums, size: 'small', laSlugs: ['gwynedd'], themeIds: ['theme-f3', 'theme-f4'] },
  { id: 'org-parc-howard-museum', name: 'Parc Howard Museum', nameCy: 'Amgueddfa Parc Howard', kind: 'museum', sectorId: SECTOR_IDS.heritageMuseums, size: 'micro', laSlugs: ['carmarthenshire'], themeIds: ['theme-f3', 'theme-f4'] },
  { id: 'org-newport-museum', name: 'Newport Museum and Art Gallery', nameCy: 'Amgueddfa ac Oriel Gelf Casnewydd', kind: 'museum', sectorId: SECTOR_IDS.heritageMuseums, size: 'small', laSlugs: ['newport'], themeIds: ['theme-f1', 'theme-f5'] },
  { id: 'org-chartist-trust', name: 'Chartist Trust', kind: 'tso', sectorId: SECTOR_IDS.heritageMuseums, size: 'micro', laSlugs: ['newport'], themeIds: ['theme-f8'] },
];

/** Builds the reference organisations (no charity numbers: those are only invented for invented TSOs). */
export function buildReferenceOrganisations(): Organisation[] {
  const orgs: Organisation[] = [];
  for (const la of LOCAL_AUTHORITIES) {
    orgs.push({
      id: councilIdOf(la.slug), name: la.councilName, nameCy: la.councilNameCy, kind: 'local_authority',
      sectorId: SECTOR_IDS.localGovernment, size: 'large', areaIds: [areaIdOf(la.slug)],
      themeIds: ['theme-psb-poverty', 'theme-wg4'], since: '1996-04-01',
    });
  }
  for (const cvc of CVCS) {
    orgs.push({
      id: cvc.id, name: cvc.name, nameCy: cvc.nameCy ?? null, kind: 'cvc', sectorId: SECTOR_IDS.thirdSectorInfrastructure,
      size: cvc.laSlugs.length > 1 ? 'large' : 'medium', areaIds: cvc.laSlugs.map(areaIdOf), themeIds: ['theme-f3', 'theme-wg5'],
      attributes: { acronym: cvc.acronym },
    });
  }
  const footprintOrgs: [readonly FootprintRef[], OrganisationKind, string, string[]][] = [
    [HEALTH_BOARDS, 'health_board', SECTOR_IDS.health, ['theme-f7', 'theme-wg3']],
    [POLICE_FORCES, 'police', SECTOR_IDS.policingJustice, ['theme-psb-safety', 'theme-wg5']],
    [FIRE_AND_RESCUE_SERVICES, 'fire_and_rescue', SECTOR_IDS.fireRescue, ['theme-psb-safety', 'theme-wg2']],
  ];
  for (const [refs, kind, sectorId, themeIds] of footprintOrgs) {
    for (const ref of refs) {
      orgs.push({ id: ref.id, name: ref.name, nameCy: ref.nameCy, kind, sectorId, size: 'large', areaIds: ref.laSlugs.map(areaIdOf), themeIds: [...themeIds] });
    }
  }
  for (const body of NAMED_BODIES) {
    orgs.push({
      id: body.id, name: body.name, nameCy: body.nameCy ?? null, kind: body.kind, sectorId: body.sectorId, size: body.size,
      areaIds: body.laSlugs.length === 0 ? [WALES_ID] : body.laSlugs.map(areaIdOf), themeIds: [...body.themeIds],
    });
  }
  return orgs;
}

/** Statutory PSB partners in a local authority: council, health board, police, fire, NRW (Act s.30). */
export function statutoryOrgIdsFor(laSlug: string): string[] {
  const covering = (refs: readonly FootprintRef[]) => refs.filter((r) => r.laSlugs.includes(laSlug)).map((r) => r.id);
  return [councilIdOf(laSlug), ...covering(HEALTH_BOARDS), ...covering(POLICE_FORCES), ...covering(FIRE_AND_RESCUE_SERVICES), 'org-natural-resources-wales'];
}

export function cvcFor(laSlug: string): CvcRef {
  const cvc = CVCS.find((c) => c.laSlugs.includes(laSlug));
  if (!cvc) throw new Error(`no CVC covers ${laSlug}`);
  return cvc;
}
