/**
 * Writes the explorer makes (add an organisation, record a tie, fill a seat, log a report-back) and
 * the small look-ups their forms need. Each mutation answers a union: its success type, or one of
 * the typed errors (ValidationError names each invalid field by its path).
 */
import { operation } from './client.ts';

export interface FieldErrorData {
  path: string[];
  message: string;
}

export type MutationErrorData =
  | { __typename: 'ValidationError'; message: string; fieldErrors: FieldErrorData[] }
  | { __typename: 'ConflictError'; message: string; reason: string }
  | { __typename: 'NotFoundError'; message: string }
  | { __typename: 'ForbiddenError'; message: string }
  | { __typename: 'DatabaseUnavailableError'; message: string };

export type MutationResultData<T> = { __typename: `Mutation${string}Success`; data: T } | MutationErrorData;

/** The error members every mutation result shares. */
const ERRORS = `
  __typename
  ... on Error { message }
  ... on ValidationError { fieldErrors { path message } }
  ... on ConflictError { reason }
`;

export interface OrganisationInput {
  key: string;
  name: string;
  nameCy?: string | null;
  kind: string;
  sectorKey: string;
  website?: string | null;
  charityNumber?: string | null;
  since?: string | null;
  areaKeys?: string[];
  themeKeys?: string[];
}

export const CREATE_ORGANISATION = operation<
  { createOrganisation: MutationResultData<{ key: string; name: string; nameCy: string | null }> },
  { input: OrganisationInput; reason?: string | null }
>(
  'CreateOrganisation',
  `mutation CreateOrganisation($input: OrganisationInput!, $reason: String) {
    createOrganisation(input: $input, reason: $reason) {
      ${ERRORS}
      ... on MutationCreateOrganisationSuccess { data { key name nameCy } }
    }
  }`,
);

export interface TieInput {
  sourceKey: string;
  targetKey: string;
  kind: string;
  since?: string | null;
  trust?: number | null;
  value?: number | null;
  note?: string | null;
}

export const RECORD_TIE = operation<
  { recordTie: MutationResultData<{ key: string; kind: string; since: string | null }> },
  { input: TieInput; reason?: string | null }
>(
  'RecordTie',
  `mutation RecordTie($input: TieInput!, $reason: String) {
    recordTie(input: $input, reason: $reason) {
      ${ERRORS}
      ... on MutationRecordTieSuccess { data { key kind since } }
    }
  }`,
);

export const FILL_SEAT = operation<
  { fillSeat: MutationResultData<{ key: string; version: number; holderSince: string | null; holder: { key: string; name: string } | null }> },
  { seatKey: string; personKey: string; since?: string | null; version: number; reason?: string | null }
>(
  'FillSeat',
  `mutation FillSeat($seatKey: String!, $personKey: String!, $since: Date, $version: Int!, $reason: String) {
    fillSeat(seatKey: $seatKey, personKey: $personKey, since: $since, version: $version, reason: $reason) {
      ${ERRORS}
      ... on MutationFillSeatSuccess { data { key version holderSince(asOf: $since) holder(asOf: $since) { key name } } }
    }
  }`,
);

export const LOG_REPORT_BACK = operation<
  { logReportBack: MutationResultData<{ key: string; date: string; by: { key: string; name: string } | null }> },
  { seatKey: string; date: string; summary: string; personKey?: string | null; reason?: string | null }
>(
  'LogReportBack',
  `mutation LogReportBack($seatKey: String!, $date: Date!, $summary: String!, $personKey: String, $reason: String) {
    logReportBack(seatKey: $seatKey, date: $date, summary: $summary, personKey: $personKey, reason: $reason) {
      ${ERRORS}
      ... on MutationLogReportBackSuccess { data { key date by { key name } } }
    }
  }`,
);

export interface PersonOption {
  key: string;
  name: string;
  role: string;
}

export const ORGANISATION_PEOPLE = operation<
  { people: { totalCount: number; edges: { node: PersonOption }[] } },
  { organisationKey: string; asOf: string | null; first: number }
>(
  'OrganisationPeople',
  `query OrganisationPeople($organisationKey: String!, $asOf: Date, $first: Int) {
    people(filter: { organisationKey: $organisationKey }, asOf: $asOf, first: $first) {
      totalCount
      edges { node { key name role } }
    }
  }`,
);

export interface OrganisationHit {
  key: string;
  name: string;
  nameCy: string | null;
  kind: string;
}

export const SEARCH_ORGANISATIONS = operation<{ searchOrganisations: { organisation: OrganisationHit }[] }, { text: string; asOf: string | null; limit: number }>(
  'SearchOrganisationsForForm',
  `query SearchOrganisationsForForm($text: String!, $asOf: Date, $limit: Int) {
    searchOrganisations(text: $text, asOf: $asOf, limit: $limit) { organisation { key name nameCy kind } }
  }`,
);

/** Each area's parent, so the forms can tell which areas an account's scope covers. */
export const AREA_PARENTS = operation<{ areas: { edges: { node: { key: string; parent: { key: string } | null } }[] } }, { first: number }>(
  'AreaParents',
  `query AreaParents($first: Int) { areas(first: $first) { edges { node { key parent { key } } } } }`,
);
