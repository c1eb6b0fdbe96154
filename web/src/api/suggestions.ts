/**
 * `suggestions`: ranked partners to broker for an organisation, or organisations that fit a need
 * (theme + area + sector), each with its signals, introducer path and EN/CY sentence. Also the small
 * look-ups the suggestions view needs: organisation search, the focal organisation, the ties along an
 * introducer path and the introductions already open for an organisation.
 */
import { operation } from './client.ts';

export interface SuggestionSignal {
  name: string;
  /** 0..1, before weighting */
  value: number;
  /** its weight in the score (negative for signals that count against) */
  weight: number;
  /** the evidence in plain (English) words */
  detail: string;
}

export interface IntroducerStep {
  key: string;
  /** Organisation, Body or Person */
  label: string;
  name: string;
  nameCy: string | null;
}

/** What joins two consecutive steps: a tie (its kind and trust) or a body both sit on. */
export interface IntroducerLink {
  via: 'tie' | 'body';
  tieKey: string | null;
  kind: string | null;
  trust: number | null;
}

export interface IntroducerPath {
  /** sum of 5 - trust over the ties: lower is a more trusted chain */
  cost: number;
  steps: IntroducerStep[];
  /** links[i] joins steps[i] and steps[i + 1] */
  links: IntroducerLink[];
  introducers: IntroducerStep[];
}

export interface OrganisationSummary {
  key: string;
  name: string;
  nameCy: string | null;
  kind: string;
  sector: { key: string; name: string; nameCy: string | null } | null;
  areas: { key: string; level: string }[];
}

export interface Suggestion {
  organisationKey: string;
  score: number;
  signals: SuggestionSignal[];
  introducerPath: IntroducerPath | null;
  explanation: { en: string; cy: string };
  organisation: OrganisationSummary;
}

export interface NeedInput {
  themeKey?: string | null;
  areaKey?: string | null;
  sectorKey?: string | null;
}

const ORGANISATION_SUMMARY = `key name nameCy kind sector { key name nameCy } areas { key level }`;

export const SUGGESTIONS_QUERY = operation<
  { suggestions: Suggestion[] },
  { organisationKey?: string | null; need?: NeedInput | null; limit?: number; asOf?: string | null }
>(
  'Suggestions',
  `query Suggestions($organisationKey: String, $need: NeedInput, $limit: Int, $asOf: Date) {
    suggestions(organisationKey: $organisationKey, need: $need, limit: $limit, asOf: $asOf) {
      organisationKey score
      signals { name value weight detail }
      introducerPath { cost steps { key label name nameCy } links { via tieKey kind trust } introducers { key label name nameCy } }
      explanation { en cy }
      organisation { ${ORGANISATION_SUMMARY} }
    }
  }`,
);

export const FOCAL_ORGANISATION_QUERY = operation<{ organisation: OrganisationSummary | null }, { key: string }>(
  'FocalOrganisation',
  `query FocalOrganisation($key: String!) { organisation(key: $key) { ${ORGANISATION_SUMMARY} } }`,
);

export const SEARCH_ORGANISATIONS_QUERY = operation<{ searchOrganisations: { organisation: OrganisationSummary }[] }, { text: string; limit?: number }>(
  'SearchOrganisationsForSuggestions',
  `query SearchOrganisationsForSuggestions($text: String!, $limit: Int) {
    searchOrganisations(text: $text, limit: $limit) { organisation { ${ORGANISATION_SUMMARY} } }
  }`,
);

export interface OpenIntroduction {
  key: string;
  status: string;
  statusSince: string | null;
  organisations: { key: string }[];
}

/** Introductions still open (suggested, introduced, meeting held) that involve an organisation. */
export const OPEN_INTRODUCTIONS_QUERY = operation<
  { introductions: { edges: { node: OpenIntroduction }[] } },
  { organisationKey: string }
>(
  'OpenIntroductionsOf',
  `query OpenIntroductionsOf($organisationKey: String!) {
    introductions(filter: { organisationKey: $organisationKey, status: [suggested, introduced, meeting_held] }, first: 100) {
      edges { node { key status statusSince organisations { key } } }
    }
  }`,
);

/** The local authority (or failing that the first) area of an organisation: where its board lives. */
export function homeArea(org: Pick<OrganisationSummary, 'areas'>): string | null {
  return (org.areas.find((a) => a.level === 'local_authority') ?? org.areas.find((a) => a.level !== 'nation') ?? org.areas[0])?.key ?? null;
}
