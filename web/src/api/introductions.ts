/**
 * The brokerage pipeline: the board (one column per status), brokerage statistics, and the three
 * mutations that move an introduction along (broker, move, record the collaboration that followed).
 * Mutations answer with a union: the success, or a typed error (schema.graphql `Error` and its members).
 */
import { operation } from './client.ts';

/** Pipeline order, as the server's `introductionBoard` returns its columns. */
export const INTRODUCTION_STATUSES = ['suggested', 'introduced', 'meeting_held', 'collaborating', 'declined', 'lapsed'] as const;
export type IntroductionStatus = (typeof INTRODUCTION_STATUSES)[number];

/** Where a collaboration may be recorded from (it moves the introduction to collaborating). */
export function canRecordCollaboration(introduction: { nextStatuses: readonly IntroductionStatus[] }): boolean {
  return introduction.nextStatuses.includes('collaborating');
}

export interface IntroductionOrganisation {
  key: string;
  name: string;
  nameCy: string | null;
  sector: { key: string } | null;
  areas: { key: string; level: string }[];
}

export interface IntroductionCard {
  key: string;
  status: IntroductionStatus;
  /** the moves the server allows from the status now */
  nextStatuses: IntroductionStatus[];
  statusSince: string | null;
  version: number;
  note: string | null;
  suggestionEvidence: string | null;
  outcome: string | null;
  organisations: IntroductionOrganisation[];
  /** the person who brokered it (name is shown only to those who may see personal data; otherwise the role) */
  broker: { key: string; name: string; role: string } | null;
  introducer: { key: string; name: string; nameCy: string | null } | null;
  events: { seq: number; status: IntroductionStatus; at: string; note: string | null }[];
  collaboration: { key: string; name: string } | null;
}

const CARD_FIELDS = `
  key status nextStatuses statusSince version note suggestionEvidence outcome
  organisations { key name nameCy sector { key } areas { key level } }
  broker { key name role }
  introducer { key name nameCy }
  events { seq status at note }
  collaboration { key name }
`;

export interface BoardColumn {
  status: IntroductionStatus;
  count: number;
  introductions: IntroductionCard[];
}

export interface BrokerageStats {
  made: number;
  converted: number;
  conversionRate: number | null;
  medianDaysToConvert: number | null;
  crossSector: number;
  crossSectorShare: number | null;
  open: number;
  declined: number;
  lapsed: number;
}

export const BOARD_QUERY = operation<{ introductionBoard: BoardColumn[]; brokerageStats: BrokerageStats }, { areaKey?: string | null }>(
  'IntroductionBoard',
  `query IntroductionBoard($areaKey: String) {
    introductionBoard(areaKey: $areaKey) { status count introductions { ${CARD_FIELDS} } }
    brokerageStats(areaKey: $areaKey) { made converted conversionRate medianDaysToConvert crossSector crossSectorShare open declined lapsed }
  }`,
);

export interface BrokerPerson {
  key: string;
  name: string;
  role: string;
  organisation: { key: string; name: string; nameCy: string | null } | null;
}

/** People who may be recorded as the broker: in an area, optionally matching a name or job title. */
export const BROKER_PEOPLE_QUERY = operation<
  { people: { edges: { node: BrokerPerson }[] }; introductions: { edges: { node: { broker: BrokerPerson | null } }[] } },
  { areaKey: string | null; text: string | null }
>(
  'BrokerPeople',
  `query BrokerPeople($areaKey: String, $text: String) {
    people(filter: { areaKey: $areaKey, text: $text }, first: 50) {
      edges { node { key name role organisation { key name nameCy } } }
    }
    introductions(filter: { areaKey: $areaKey }, first: 100) {
      edges { node { broker { key name role organisation { key name nameCy } } } }
    }
  }`,
);

// ---- mutation results ----------------------------------------------------------------------

export interface FieldError {
  path: string[];
  message: string;
}

export type MutationError =
  | { __typename: 'ValidationError'; message: string; fieldErrors: FieldError[] }
  | { __typename: 'ConflictError'; message: string; reason: string }
  | { __typename: 'ForbiddenError' | 'NotFoundError' | 'DatabaseUnavailableError'; message: string };

const ERROR_FIELDS = `
  ... on Error { message }
  ... on ValidationError { fieldErrors { path message } }
  ... on ConflictError { reason }
`;

export type MutationResult<TSuccess extends string, TData> = ({ __typename: TSuccess; data: TData }) | MutationError;

export interface BrokerIntroductionVars {
  organisationKeys: string[];
  brokerKey: string;
  introducerKey?: string | null;
  note?: string | null;
  suggestionEvidence?: string | null;
  status?: 'suggested' | 'introduced' | null;
}

export const BROKER_INTRODUCTION = operation<
  { brokerIntroduction: MutationResult<'MutationBrokerIntroductionSuccess', { key: string; status: IntroductionStatus }> },
  BrokerIntroductionVars
>(
  'BrokerIntroduction',
  `mutation BrokerIntroduction($organisationKeys: [String!]!, $brokerKey: String!, $introducerKey: String, $note: String,
      $suggestionEvidence: String, $status: IntroductionStatus) {
    brokerIntroduction(organisationKeys: $organisationKeys, brokerKey: $brokerKey, introducerKey: $introducerKey, note: $note,
        suggestionEvidence: $suggestionEvidence, status: $status) {
      __typename
      ... on MutationBrokerIntroductionSuccess { data { key status } }
      ${ERROR_FIELDS}
    }
  }`,
);

export const MOVE_INTRODUCTION = operation<
  { moveIntroduction: MutationResult<'MutationMoveIntroductionSuccess', { key: string; status: IntroductionStatus; version: number }> },
  { key: string; status: IntroductionStatus; version: number; note?: string | null }
>(
  'MoveIntroduction',
  `mutation MoveIntroduction($key: String!, $status: IntroductionStatus!, $version: Int!, $note: String) {
    moveIntroduction(key: $key, status: $status, version: $version, note: $note) {
      __typename
      ... on MutationMoveIntroductionSuccess { data { key status version } }
      ${ERROR_FIELDS}
    }
  }`,
);

export const RECORD_COLLABORATION = operation<
  {
    recordCollaborationFromIntroduction: MutationResult<
      'MutationRecordCollaborationFromIntroductionSuccess',
      { introduction: { key: string; status: IntroductionStatus }; collaboration: { key: string; name: string } }
    >;
  },
  { introductionKey: string; version: number; name: string; description?: string | null; since?: string | null }
>(
  'RecordCollaborationFromIntroduction',
  `mutation RecordCollaborationFromIntroduction($introductionKey: String!, $version: Int!, $name: String!, $description: String, $since: Date) {
    recordCollaborationFromIntroduction(introductionKey: $introductionKey, version: $version, name: $name, description: $description, since: $since) {
      __typename
      ... on MutationRecordCollaborationFromIntroductionSuccess { data { introduction { key status } collaboration { key name } } }
      ${ERROR_FIELDS}
    }
  }`,
);

/** Roles that may broker and move introductions (server/src/auth/policy.ts: EDITORS, and admin). */
export const BROKERING_ROLES: readonly string[] = ['admin', 'coordinator', 'cvc_staff'];
