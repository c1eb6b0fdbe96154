/**
 * Scenarios of `pnpm bench api` beyond the core reads: the gap report for one local authority (a
 * mid-sized one and the largest) and brokering suggestions for one ordinary organisation of the
 * generated network (`org-<authority>-<n>` exists for every n up to that authority's share of the
 * 50,000). Each asks for what a view shows: the gap list, the gaps overlay, a suggestion card.
 */
import { gapReport } from '../server/src/services/gaps.ts';
import { suggestions } from '../server/src/services/suggestions.ts';
import type { Scenario } from './api.ts';

const AS_OF = '2026-11-01';

/** What the gap list (web/src/views/GapsView.tsx, GAP_LIST_QUERY) asks for: six entities per gap and their count. */
const GAPS_LIST_SELECTION = `asOf areaKey counts { type count }
  gaps { id type family severity measure cutOffSize entities(first: 6) { label key name role } entityCount explanation { en cy } rule { id threshold } bridgingOrganisations { key name tiesToA tiesToB } }`;
/** What the network view's gaps overlay asks for (GAPS_QUERY): every entity of every gap, to highlight them. */
const GAPS_OVERLAY_SELECTION = GAPS_LIST_SELECTION.replace('entities(first: 6)', 'entities').replace(' entityCount', '');

const SUGGESTION_SELECTION = `organisationKey score signals { name value weight detail }
  introducerPath { steps { key name label } cost } explanation { en cy }`;

const gapsFor = (areaKey: string, view: 'list' | 'overlay'): Scenario => ({
  name: `gaps of one local authority (${areaKey}), ${view === 'list' ? 'gap list' : 'overlay: every entity'}`,
  query: `query($area: String!, $asOf: Date) { gaps(areaKey: $area, asOf: $asOf) { ${view === 'list' ? GAPS_LIST_SELECTION : GAPS_OVERLAY_SELECTION} } }`,
  variables: { area: areaKey, asOf: AS_OF },
  direct: (db) => gapReport(db, areaKey, AS_OF),
});

const suggestionsFor = (key: string): Scenario => ({
  name: `suggestions for one organisation (${key})`,
  query: `query($key: String!, $asOf: Date) { suggestions(organisationKey: $key, limit: 10, asOf: $asOf) { ${SUGGESTION_SELECTION} } }`,
  variables: { key, asOf: AS_OF },
  direct: (db) => suggestions(db, { organisationKey: key, limit: 10, asOf: AS_OF }),
});

export const API_SCENARIOS_EXTRA: Scenario[] = [
  gapsFor('area-powys', 'list'),
  gapsFor('area-cardiff', 'list'),
  gapsFor('area-powys', 'overlay'),
  gapsFor('area-cardiff', 'overlay'),
  suggestionsFor('org-powys-100'),
  suggestionsFor('org-cardiff-1000'),
];
