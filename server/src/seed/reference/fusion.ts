/** The eight Fusion Challenge Grant partnership areas and their lead bodies (Fusion overview, Annex 1). */

export interface FusionAreaRef {
  /** body id of the partnership */
  bodyId: string;
  name: string;
  nameCy: string;
  laSlugs: readonly string[];
  /** lead (owning) body; Torfaen & Caerphilly is jointly led, the model has one owner so Torfaen owns it */
  leadOrgId: string;
  /** other lead bodies, recorded as founding members */
  coLeadOrgIds: readonly string[];
}

export const FUSION_PROGRAMME_BODY_ID = 'body-fusion-programme';

export const FUSION_AREAS: readonly FusionAreaRef[] = [
  { bodyId: 'body-fusion-torfaen-caerphilly', name: 'Fusion Torfaen & Caerphilly', nameCy: 'Cyfuno Tor-faen a Chaerffili', laSlugs: ['torfaen', 'caerphilly'], leadOrgId: 'org-torfaen-council', coLeadOrgIds: ['org-caerphilly-council'] },
  { bodyId: 'body-fusion-cardiff', name: 'Fusion Cardiff', nameCy: 'Cyfuno Caerdydd', laSlugs: ['cardiff'], leadOrgId: 'org-museum-of-cardiff', coLeadOrgIds: [] },
  { bodyId: 'body-fusion-swansea', name: 'Fusion Swansea', nameCy: 'Cyfuno Abertawe', laSlugs: ['swansea'], leadOrgId: 'org-swansea-council', coLeadOrgIds: [] },
  { bodyId: 'body-fusion-conwy', name: 'Fusion Conwy', nameCy: 'Cyfuno Conwy', laSlugs: ['conwy'], leadOrgId: 'org-conwy-council', coLeadOrgIds: [] },
  { bodyId: 'body-fusion-neath-port-talbot', name: 'Fusion Neath Port Talbot', nameCy: 'Cyfuno Castell-nedd Port Talbot', laSlugs: ['neath-port-talbot'], leadOrgId: 'org-tai-tarian', coLeadOrgIds: [] },
  { bodyId: 'body-fusion-gwynedd', name: 'Fusion Gwynedd', nameCy: 'Cyfuno Gwynedd', laSlugs: ['gwynedd'], leadOrgId: 'org-gwynedd-council', coLeadOrgIds: [] },
  { bodyId: 'body-fusion-carmarthenshire', name: 'Fusion Carmarthenshire', nameCy: 'Cyfuno Sir Gâr', laSlugs: ['carmarthenshire'], leadOrgId: 'org-carmarthenshire-council', coLeadOrgIds: [] },
  { bodyId: 'body-fusion-newport', name: 'Fusion Newport', nameCy: 'Cyfuno Casnewydd', laSlugs: ['newport'], leadOrgId: 'org-newport-council', coLeadOrgIds: [] },
];

/** National cultural bodies that work across the Fusion areas (Annex 1 names them as partners). */
export const FUSION_NATIONAL_PARTNER_IDS: readonly string[] = [
  'org-amgueddfa-cymru', 'org-national-library-of-wales', 'org-cadw', 'org-national-theatre-wales', 'org-ffilm-cymru',
  'org-peoples-collection-wales', 'org-flying-start', 'org-communities-for-work', 'org-creative-cultural-skills',
];
