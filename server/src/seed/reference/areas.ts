/**
 * Wales > 4 regions > 22 principal local authorities.
 *
 * Regions are the four Corporate Joint Committee / regional economic footprints (the usual
 * "North, Mid, South West, South East" split used by the regional economic frameworks; the South
 * East region is the Cardiff Capital Region, which is also Infuse's ten-authority footprint).
 */

import type { Area } from '../../domain/model.ts';

export const WALES_ID = 'area-wales';

export const REGION_IDS = {
  north: 'area-north-wales',
  mid: 'area-mid-wales',
  southWest: 'area-south-west-wales',
  southEast: 'area-south-east-wales',
} as const;

export interface LocalAuthorityRef {
  /** slug used in every id derived from this authority: area-<slug>, org-<slug>-council, ... */
  slug: string;
  name: string;
  nameCy: string;
  regionId: string;
  councilName: string;
  councilNameCy: string;
  /** relative size (roughly population in 10,000s): how many local organisations to invent */
  weight: number;
  /** towns and neighbourhoods used to name invented local organisations: [English, Welsh] */
  places: readonly (readonly [string, string])[];
}

export const LOCAL_AUTHORITIES: readonly LocalAuthorityRef[] = [
  {
    slug: 'isle-of-anglesey', name: 'Isle of Anglesey', nameCy: 'Ynys Môn', regionId: REGION_IDS.north,
    councilName: 'Isle of Anglesey County Council', councilNameCy: 'Cyngor Sir Ynys Môn', weight: 7,
    places: [['Holyhead', 'Caergybi'], ['Llangefni', 'Llangefni'], ['Amlwch', 'Amlwch'], ['Menai Bridge', 'Porthaethwy'], ['Beaumaris', 'Biwmares'], ['Rhosneigr', 'Rhosneigr']],
  },
  {
    slug: 'gwynedd', name: 'Gwynedd', nameCy: 'Gwynedd', regionId: REGION_IDS.north,
    councilName: 'Gwynedd Council', councilNameCy: 'Cyngor Gwynedd', weight: 12,
    places: [['Bangor', 'Bangor'], ['Caernarfon', 'Caernarfon'], ['Talysarn', 'Tal-y-sarn'], ['Pwllheli', 'Pwllheli'], ['Blaenau Ffestiniog', 'Blaenau Ffestiniog'], ['Bala', 'Y Bala'], ['Dolgellau', 'Dolgellau'], ['Porthmadog', 'Porthmadog']],
  },
  {
    slug: 'conwy', name: 'Conwy', nameCy: 'Conwy', regionId: REGION_IDS.north,
    councilName: 'Conwy County Borough Council', councilNameCy: 'Cyngor Bwrdeistref Sirol Conwy', weight: 11,
    places: [['Llandudno', 'Llandudno'], ['Colwyn Bay', 'Bae Colwyn'], ['Abergele', 'Abergele'], ['Llanrwst', 'Llanrwst'], ['Conwy', 'Conwy'], ['Penmaenmawr', 'Penmaenmawr'], ['Kinmel Bay', 'Bae Cinmel']],
  },
  {
    slug: 'denbighshire', name: 'Denbighshire', nameCy: 'Sir Ddinbych', regionId: REGION_IDS.north,
    councilName: 'Denbighshire County Council', councilNameCy: 'Cyngor Sir Ddinbych', weight: 9,
    places: [['Rhyl', 'Y Rhyl'], ['Prestatyn', 'Prestatyn'], ['Denbigh', 'Dinbych'], ['Ruthin', 'Rhuthun'], ['Llangollen', 'Llangollen'], ['Corwen', 'Corwen']],
  },
  {
    slug: 'flintshire', name: 'Flintshire', nameCy: 'Sir y Fflint', regionId: REGION_IDS.north,
    councilName: 'Flintshire County Council', councilNameCy: 'Cyngor Sir y Fflint', weight: 15,
    places: [['Mold', 'Yr Wyddgrug'], ['Flint', 'Y Fflint'], ['Holywell', 'Treffynnon'], ['Buckley', 'Bwcle'], ['Connah\'s Quay', 'Cei Connah'], ['Shotton', 'Shotton'], ['Saltney', 'Saltney']],
  },
  {
    slug: 'wrexham', name: 'Wrexham', nameCy: 'Wrecsam', regionId: REGION_IDS.north,
    councilName: 'Wrexham County Borough Council', councilNameCy: 'Cyngor Bwrdeistref Sirol Wrecsam', weight: 13,
    places: [['Wrexham', 'Wrecsam'], ['Caia Park', 'Parc Caia'], ['Rhosllanerchrugog', 'Rhosllannerchrugog'], ['Gresford', 'Gresffordd'], ['Chirk', 'Y Waun'], ['Brymbo', 'Brymbo'], ['Ruabon', 'Rhiwabon']],
  },
  {
    slug: 'powys', name: 'Powys', nameCy: 'Powys', regionId: REGION_IDS.mid,
    councilName: 'Powys County Council', councilNameCy: 'Cyngor Sir Powys', weight: 13,
    // first four: Montgomeryshire/Radnorshire; last four: Brecknockshire (the structural-hole split)
    places: [['Newtown', 'Y Drenewydd'], ['Welshpool', 'Y Trallwng'], ['Llandrindod Wells', 'Llandrindod'], ['Machynlleth', 'Machynlleth'], ['Brecon', 'Aberhonddu'], ['Ystradgynlais', 'Ystradgynlais'], ['Crickhowell', 'Crucywel'], ['Hay-on-Wye', 'Y Gelli Gandryll']],
  },
  {
    slug: 'ceredigion', name: 'Ceredigion', nameCy: 'Ceredigion', regionId: REGION_IDS.mid,
    councilName: 'Ceredigion County Council', councilNameCy: 'Cyngor Sir Ceredigion', weight: 7,
    places: [['Aberystwyth', 'Aberystwyth'], ['Cardigan', 'Aberteifi'], ['Lampeter', 'Llanbedr Pont Steffan'], ['Aberaeron', 'Aberaeron'], ['Tregaron', 'Tregaron'], ['New Quay', 'Cei Newydd']],
  },
  {
    slug: 'pembrokeshire', name: 'Pembrokeshire', nameCy: 'Sir Benfro', regionId: REGION_IDS.southWest,
    councilName: 'Pembrokeshire County Council', councilNameCy: 'Cyngor Sir Penfro', weight: 12,
    places: [['Haverfordwest', 'Hwlffordd'], ['Milford Haven', 'Aberdaugleddau'], ['Pembroke Dock', 'Doc Penfro'], ['Fishguard', 'Abergwaun'], ['Tenby', 'Dinbych-y-pysgod'], ['Narberth', 'Arberth'], ['St Davids', 'Tyddewi']],
  },
  {
    slug: 'carmarthenshire', name: 'Carmarthenshire', nameCy: 'Sir Gaerfyrddin', regionId: REGION_IDS.southWest,
    councilName: 'Carmarthenshire County Council', councilNameCy: 'Cyngor Sir Gâr', weight: 19,
    places: [['Llanelli', 'Llanelli'], ['Carmarthen', 'Caerfyrddin'], ['Ammanford', 'Rhydaman'], ['Burry Port', 'Porth Tywyn'], ['Felinfoel', 'Felin-foel'], ['Llandovery', 'Llanymddyfri'], ['Kidwelly', 'Cydweli'], ['Tumble', 'Y Tymbl']],
  },
  {
    slug: 'swansea', name: 'Swansea', nameCy: 'Abertawe', regionId: REGION_IDS.southWest,
    councilName: 'City and County of Swansea', councilNameCy: 'Dinas a Sir Abertawe', weight: 24,
    places: [['Townhill', 'Townhill'], ['Morriston', 'Treforys'], ['Gorseinon', 'Gorseinon'], ['Sketty', 'Sgeti'], ['Port Tennant', 'Port Tennant'], ['Penlan', 'Penlan'], ['Clydach', 'Clydach'], ['Mumbles', 'Y Mwmbwls'], ['Bonymaen', 'Bôn-y-maen']],
  },
  {
    slug: 'neath-port-talbot', name: 'Neath Port Talbot', nameCy: 'Castell-nedd Port Talbot', regionId: REGION_IDS.southWest,
    councilName: 'Neath Port Talbot County Borough Council', councilNameCy: 'Cyngor Bwrdeistref Sirol Castell-nedd Port Talbot', weight: 14,
    places: [['Port Talbot', 'Port Talbot'], ['Neath', 'Castell-nedd'], ['Aberavon', 'Aberafan'], ['Sandfields', 'Sandfields'], ['Glynneath', 'Glyn-nedd'], ['Pontardawe', 'Pontardawe'], ['Baglan', 'Baglan'], ['Briton Ferry', 'Llansawel']],
  },
  {
    slug: 'bridgend', name: 'Bridgend', nameCy: 'Pen-y-bont ar Ogwr', regionId: REGION_IDS.southEast,
    councilName: 'Bridgend County Borough Council', councilNameCy: 'Cyngor Bwrdeistref Sirol Pen-y-bont ar Ogwr', weight: 15,
    places: [['Bridgend', 'Pen-y-bont'], ['Maesteg', 'Maesteg'], ['Porthcawl', 'Porthcawl'], ['Pencoed', 'Pencoed'], ['Caerau', 'Caerau'], ['Ogmore Vale', 'Cwm Ogwr'], ['Pyle', 'Y Pîl']],
  },
  {
    slug: 'vale-of-glamorgan', name: 'Vale of Glamorgan', nameCy: 'Bro Morgannwg', regionId: REGION_IDS.southEast,
    councilName: 'Vale of Glamorgan Council', councilNameCy: 'Cyngor Bro Morgannwg', weight: 13,
    places: [['Penarth', 'Penarth'], ['Barry', 'Y Barri'], ['Llantwit Major', 'Llanilltud Fawr'], ['Cowbridge', 'Y Bont-faen'], ['Dinas Powys', 'Dinas Powys'], ['Rhoose', 'Y Rhws']],
  },
  {
    slug: 'cardiff', name: 'Cardiff', nameCy: 'Caerdydd', regionId: REGION_IDS.southEast,
    councilName: 'Cardiff Council', councilNameCy: 'Cyngor Caerdydd', weight: 36,
    places: [['Grangetown', 'Grangetown'], ['Splott', 'Sblot'], ['Ely', 'Trelái'], ['Butetown', 'Butetown'], ['Llanrumney', 'Llanrhymni'], ['Adamsdown', 'Adamsdown'], ['Canton', 'Treganna'], ['Cathays', 'Cathays'], ['Tremorfa', 'Tremorfa'], ['Caerau', 'Caerau'], ['Llanishen', 'Llanisien']],
  },
  {
    slug: 'rhondda-cynon-taf', name: 'Rhondda Cynon Taf', nameCy: 'Rhondda Cynon Taf', regionId: REGION_IDS.southEast,
    councilName: 'Rhondda Cynon Taf County Borough Council', councilNameCy: 'Cyngor Bwrdeistref Sirol Rhondda Cynon Taf', weight: 24,
    places: [['Pontypridd', 'Pontypridd'], ['Aberdare', 'Aberdâr'], ['Treorchy', 'Treorci'], ['Tonypandy', 'Tonypandy'], ['Porth', 'Y Porth'], ['Mountain Ash', 'Aberpennar'], ['Ferndale', 'Glynrhedynog'], ['Llantrisant', 'Llantrisant']],
  },
  {
    slug: 'merthyr-tydfil', name: 'Merthyr Tydfil', nameCy: 'Merthyr Tudful', regionId: REGION_IDS.southEast,
    councilName: 'Merthyr Tydfil County Borough Council', councilNameCy: 'Cyngor Bwrdeistref Sirol Merthyr Tudful', weight: 6,
    places: [['Merthyr', 'Merthyr'], ['Dowlais', 'Dowlais'], ['Gurnos', 'Y Gurnos'], ['Treharris', 'Treharris'], ['Troedyrhiw', 'Troed-y-rhiw'], ['Aberfan', 'Aberfan']],
  },
  {
    slug: 'caerphilly', name: 'Caerphilly', nameCy: 'Caerffili', regionId: REGION_IDS.southEast,
    councilName: 'Caerphilly County Borough Council', councilNameCy: 'Cyngor Bwrdeistref Sirol Caerffili', weight: 18,
    places: [['Caerphilly', 'Caerffili'], ['Bargoed', 'Bargod'], ['Blackwood', 'Coed-duon'], ['Risca', 'Rhisga'], ['Rhymney', 'Rhymni'], ['Ystrad Mynach', 'Ystrad Mynach'], ['Newbridge', 'Trecelyn']],
  },
  {
    slug: 'blaenau-gwent', name: 'Blaenau Gwent', nameCy: 'Blaenau Gwent', regionId: REGION_IDS.southEast,
    councilName: 'Blaenau Gwent County Borough Council', councilNameCy: 'Cyngor Bwrdeistref Sirol Blaenau Gwent', weight: 7,
    places: [['Ebbw Vale', 'Glynebwy'], ['Tredegar', 'Tredegar'], ['Abertillery', 'Abertyleri'], ['Brynmawr', 'Bryn-mawr'], ['Blaina', 'Blaenau'], ['Cwm', 'Cwm']],
  },
  {
    slug: 'torfaen', name: 'Torfaen', nameCy: 'Tor-faen', regionId: REGION_IDS.southEast,
    councilName: 'Torfaen County Borough Council', councilNameCy: 'Cyngor Bwrdeistref Sirol Tor-faen', weight: 9,
    places: [['Pontypool', 'Pont-y-pŵl'], ['Cwmbran', 'Cwmbrân'], ['Blaenavon', 'Blaenafon'], ['Abersychan', 'Abersychan'], ['Griffithstown', 'Griffithstown'], ['Trevethin', 'Trefddyn']],
  },
  {
    slug: 'monmouthshire', name: 'Monmouthshire', nameCy: 'Sir Fynwy', regionId: REGION_IDS.southEast,
    councilName: 'Monmouthshire County Council', councilNameCy: 'Cyngor Sir Fynwy', weight: 9,
    places: [['Abergavenny', 'Y Fenni'], ['Monmouth', 'Trefynwy'], ['Chepstow', 'Cas-gwent'], ['Caldicot', 'Cil-y-coed'], ['Usk', 'Brynbuga'], ['Magor', 'Magwyr']],
  },
  {
    slug: 'newport', name: 'Newport', nameCy: 'Casnewydd', regionId: REGION_IDS.southEast,
    councilName: 'Newport City Council', councilNameCy: 'Cyngor Dinas Casnewydd', weight: 16,
    places: [['Pillgwenlly', 'Pillgwenlli'], ['Maindee', 'Maindee'], ['Bettws', 'Betws'], ['Ringland', 'Ringland'], ['Alway', 'Alway'], ['Caerleon', 'Caerllion'], ['Malpas', 'Malpas'], ['Duffryn', 'Dyffryn']],
  },
];

export function areaIdOf(laSlug: string): string {
  return `area-${laSlug}`;
}

export function councilIdOf(laSlug: string): string {
  return `org-${laSlug}-council`;
}

export function buildAreas(): Area[] {
  const areas: Area[] = [
    { id: WALES_ID, name: 'Wales', nameCy: 'Cymru', level: 'nation', parentId: null },
    { id: REGION_IDS.north, name: 'North Wales', nameCy: 'Gogledd Cymru', level: 'region', parentId: WALES_ID },
    { id: REGION_IDS.mid, name: 'Mid Wales', nameCy: 'Canolbarth Cymru', level: 'region', parentId: WALES_ID },
    { id: REGION_IDS.southWest, name: 'South West Wales', nameCy: 'De-orllewin Cymru', level: 'region', parentId: WALES_ID },
    { id: REGION_IDS.southEast, name: 'South East Wales', nameCy: 'De-ddwyrain Cymru', level: 'region', parentId: WALES_ID },
  ];
  for (const la of LOCAL_AUTHORITIES) {
    areas.push({ id: areaIdOf(la.slug), name: la.name, nameCy: la.nameCy, level: 'local_authority', parentId: la.regionId });
  }
  return areas;
}
