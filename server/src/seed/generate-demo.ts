/**
 * The demo network: a believable Wales-wide partnership network (real public bodies, invented local
 * organisations and people) with representation, composition and structural gaps planted where
 * DEMO_PLANTED_GAPS says. Pure and deterministic: the same seed gives a deep-equal dataset.
 * docs/demo-data.md describes what it contains.
 */

import type { NetworkDataset } from '../domain/model.ts';
import { buildAreas } from './reference/areas.ts';
import { SECTORS } from './reference/sectors.ts';
import { THEMES } from './reference/themes.ts';
import { createContext } from './demo/context.ts';
import { buildOrganisations } from './demo/organisations.ts';
import { buildPeople } from './demo/people.ts';
import { buildBodies, buildMemberships } from './demo/bodies.ts';
import { buildSeats } from './demo/seats.ts';
import { buildTies } from './demo/ties.ts';
import { buildCollaborations, buildIntroductions } from './demo/collaborations.ts';

export { DEMO_PLANTED_GAPS, DEMO_REFERENCE_DATE } from './demo/planted-gaps.ts';
export type { DemoPlantedGaps } from './demo/planted-gaps.ts';

export function generateDemoNetwork(seed = 2024): NetworkDataset {
  const ctx = createContext(seed);
  buildOrganisations(ctx);
  buildPeople(ctx);
  const bodies = buildBodies(ctx);
  const memberships = buildMemberships(ctx);
  buildTies(ctx);
  const collaborations = buildCollaborations(ctx);
  const introductions = buildIntroductions(ctx, collaborations);
  // seats last: holdings may move a person's start date earlier
  const { seats, reportBacks } = buildSeats(ctx, bodies);
  return {
    areas: buildAreas(),
    sectors: SECTORS.map((s) => ({ ...s })),
    themes: THEMES.map((t) => ({ ...t })),
    organisations: ctx.orgs,
    people: ctx.people,
    bodies,
    memberships,
    seats,
    reportBacks,
    collaborations,
    ties: ctx.ties,
    introductions,
  };
}
