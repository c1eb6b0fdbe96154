/**
 * A hand-made network small enough to reason about in a test: two local authorities in one region,
 * six organisations across four sectors, a few ties (one ended), one body with seats.
 */
import type { NetworkDataset } from '../../server/src/domain/model.ts';

export function smallNetwork(): NetworkDataset {
  return {
    areas: [
      { id: 'area-wales', name: 'Wales', nameCy: 'Cymru', level: 'nation' },
      { id: 'area-south-east', name: 'South East Wales', nameCy: 'De-ddwyrain Cymru', level: 'region', parentId: 'area-wales' },
      { id: 'area-cardiff', name: 'Cardiff', nameCy: 'Caerdydd', level: 'local_authority', parentId: 'area-south-east' },
      { id: 'area-newport', name: 'Newport', nameCy: 'Casnewydd', level: 'local_authority', parentId: 'area-south-east' },
    ],
    sectors: [
      { id: 'sector-health', name: 'Health', nameCy: 'Iechyd' },
      { id: 'sector-heritage', name: 'Heritage and museums', nameCy: 'Treftadaeth ac amgueddfeydd' },
      { id: 'sector-third', name: 'Third-sector infrastructure', nameCy: 'Seilwaith y trydydd sector' },
      { id: 'sector-housing', name: 'Housing', nameCy: 'Tai' },
    ],
    themes: [
      { id: 'theme-f7', code: 'F7', name: 'Mental well-being and physical health', nameCy: 'Lles meddyliol ac iechyd corfforol', kind: 'fusion_indicator' },
      { id: 'theme-f1', code: 'F1', name: 'Early years and family learning', nameCy: 'Blynyddoedd cynnar a dysgu teuluol', kind: 'fusion_indicator' },
    ],
    organisations: [
      { id: 'org-c3sc', name: 'C3SC', kind: 'cvc', sectorId: 'sector-third', areaIds: ['area-cardiff'], themeIds: [] },
      { id: 'org-museum-cardiff', name: 'Museum of Cardiff', nameCy: 'Amgueddfa Caerdydd', kind: 'museum', sectorId: 'sector-heritage', areaIds: ['area-cardiff'], themeIds: ['theme-f7'] },
      { id: 'org-cav-uhb', name: 'Cardiff and Vale University Health Board', nameCy: 'Bwrdd Iechyd Prifysgol Caerdydd a’r Fro', kind: 'health_board', sectorId: 'sector-health', areaIds: ['area-cardiff'], themeIds: ['theme-f7'] },
      { id: 'org-cardiff-housing', name: 'Cardiff Community Housing', kind: 'housing_association', sectorId: 'sector-housing', areaIds: ['area-cardiff'], themeIds: [] },
      { id: 'org-gavo', name: 'GAVO', kind: 'cvc', sectorId: 'sector-third', areaIds: ['area-newport'], themeIds: ['theme-f1'] },
      { id: 'org-newport-museum', name: 'Newport Museum', nameCy: 'Amgueddfa Casnewydd', kind: 'museum', sectorId: 'sector-heritage', areaIds: ['area-newport'], themeIds: ['theme-f1'] },
    ],
    people: [
      { id: 'person-a', name: 'Ceri Jones', email: 'ceri@c3sc.example', role: 'Development Officer', organisationId: 'org-c3sc' },
      { id: 'person-b', name: 'Sam Evans', email: 'sam@gavo.example', role: 'Development Officer', organisationId: 'org-gavo' },
    ],
    bodies: [
      { id: 'body-cardiff-psb', name: 'Cardiff PSB', type: 'psb', status: 'active', validFrom: '2016-04-01', areaIds: ['area-cardiff'], themeIds: [], coordinatorIds: [] },
    ],
    memberships: [],
    seats: [
      { id: 'seat-1', bodyId: 'body-cardiff-psb', seatType: 'third_sector_representative', onBehalfOfId: 'org-c3sc', holders: [{ personId: 'person-a', since: '2020-01-01' }] },
    ],
    reportBacks: [],
    collaborations: [],
    ties: [
      { id: 'tie-1', sourceId: 'org-c3sc', targetId: 'org-museum-cardiff', kind: 'information_sharing', source: 'coordinator', trust: 3, value: 3, since: '2019-01-01' },
      { id: 'tie-2', sourceId: 'org-c3sc', targetId: 'org-cav-uhb', kind: 'joint_delivery', source: 'survey', trust: 4, value: 4, since: '2018-06-01' },
      { id: 'tie-3', sourceId: 'org-c3sc', targetId: 'org-cardiff-housing', kind: 'referral', source: 'minutes', since: '2017-01-01', until: '2022-01-01' },
      { id: 'tie-4', sourceId: 'org-gavo', targetId: 'org-newport-museum', kind: 'joint_delivery', source: 'import', since: '2020-01-01' },
      { id: 'tie-5', sourceId: 'org-c3sc', targetId: 'org-gavo', kind: 'information_sharing', source: 'coordinator', since: '2015-01-01' },
    ],
    introductions: [],
  };
}
