/**
 * Extra hand-made data on top of smallNetwork() for the people, bodies, seats, collaborations and
 * introductions tests: a PSB with a sub-group and an LSB predecessor, a Fusion partnership with
 * members (one brought in by another), more people, and helpers for dates relative to today.
 */
import type { NetworkDataset } from '../../server/src/domain/model.ts';
import { smallNetwork } from './small-network.ts';

/** ISO date `days` from today (negative = past). */
export function daysFromToday(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

export function extendedNetwork(): NetworkDataset {
  const base = smallNetwork();
  return {
    ...base,
    people: [
      ...base.people,
      { id: 'person-c', name: 'Alex Morgan', email: 'alex@museum.example', role: 'Learning Officer', organisationId: 'org-museum-cardiff', since: '2019-03-01' },
      { id: 'person-d', name: 'Rhian Price', role: 'Fusion Coordinator', organisationId: 'org-newport-museum', since: '2018-01-01', until: '2021-06-30' },
    ],
    bodies: [
      { id: 'body-cardiff-lsb', name: 'Cardiff LSB', type: 'lsb', status: 'replaced', validFrom: '2010-01-01', validTo: '2016-04-01', areaIds: ['area-cardiff'], themeIds: [], coordinatorIds: [] },
      { ...base.bodies[0]!, predecessorId: 'body-cardiff-lsb', ownerId: 'org-c3sc' },
      { id: 'body-cardiff-wellbeing', name: 'Cardiff Well-being Sub-group', type: 'sub_group', status: 'active', validFrom: '2017-01-01', parentId: 'body-cardiff-psb', areaIds: ['area-cardiff'], themeIds: ['theme-f7'], coordinatorIds: [] },
      {
        id: 'body-fusion-newport', name: 'Fusion Newport', type: 'partnership', status: 'active', validFrom: '2017-02-01', ownerId: 'org-newport-museum',
        areaIds: ['area-newport'], themeIds: ['theme-f1'], coordinatorIds: ['person-b'], expectedSectorIds: ['sector-health', 'sector-heritage', 'sector-housing'],
      },
    ],
    memberships: [
      { organisationId: 'org-newport-museum', bodyId: 'body-fusion-newport', since: '2017-02-01' },
      { organisationId: 'org-gavo', bodyId: 'body-fusion-newport', since: '2018-05-01', broughtById: 'org-newport-museum' },
      { organisationId: 'org-c3sc', bodyId: 'body-fusion-newport', since: '2018-01-01', until: '2020-01-01' },
    ],
  };
}
