/**
 * THE write policy: one entry per Mutation field, naming the roles that may call it and the graph
 * things it touches. Enforced for every mutation by auth/enforce.ts before its resolver runs.
 *
 * Deny by default: a mutation with no entry here is refused to everyone but an admin (so a new
 * mutation is safe before anyone thinks about it), and a test lists such mutations.
 *
 * Scopes: a non-admin account carries `areaScopes` (area keys; an area covers its sub-areas) and
 * `bodyScopes` (body keys: partnerships, fora). `targets(args)` returns groups of targets; every group
 * must have at least one target in the account's scope. A target that does not exist (yet) is left
 * to the resolver, which answers NotFound, except that new things are placed by their areas/body.
 * An empty group can never be satisfied: e.g. creating an organisation with no area needs an admin.
 */
import type { Role } from './actor.ts';

export type TargetLabel = 'Area' | 'Organisation' | 'Body' | 'Seat' | 'Person' | 'Tie' | 'Collaboration' | 'Introduction';
export interface Target {
  label: TargetLabel;
  key: string | null | undefined;
}
/** every group needs at least one target in scope */
export type TargetGroups = Target[][];

export interface MutationRule {
  /** roles besides admin that may call it (admin may always); 'anonymous' = anyone, no sign-in */
  roles: readonly (Role | 'anonymous')[];
  /** what it touches; absent = no scope check (role alone decides) */
  targets?: (args: Record<string, any>) => TargetGroups;
  /** why, for docs/security.md */
  note?: string;
}

const EDITORS = ['coordinator', 'cvc_staff'] as const;
const REPRESENTATION = ['cvc_staff'] as const;

const t = (label: TargetLabel, key: string | null | undefined): Target => ({ label, key });
/** each listed area is its own group: a new thing may only be placed in areas of one's scope */
const eachArea = (keys: readonly string[] | null | undefined): TargetGroups => (keys?.length ? keys.map((k) => [t('Area', k)]) : [[]]);
const anyOrg = (...keys: (string | null | undefined)[]): Target[] => keys.filter(Boolean).map((k) => t('Organisation', k));

const organisationInput = (input: any): TargetGroups => [[t('Organisation', input?.key)], ...eachArea(input?.areaKeys)];
const tieInput = (input: any): TargetGroups => [[...anyOrg(input?.sourceKey, input?.targetKey), ...(input?.key ? [t('Tie', input.key)] : [])]];
const bodyInput = (input: any): TargetGroups =>
  input?.areaKeys?.length ? eachArea(input.areaKeys) : [[...(input?.parentKey ? [t('Body', input.parentKey)] : [])]];
const collaborationInput = (input: any): TargetGroups => [[...anyOrg(...(input?.partnerKeys ?? [])), ...(input?.areaKeys ?? []).map((k: string) => t('Area', k))]];

export const MUTATION_POLICY: Record<string, MutationRule> = {
  // Organisations: coordinators and CVC staff in their areas.
  // Reference data (sectors, themes, areas) is shared by every county: admins only.
  createSector: { roles: [], note: 'reference data: admins only' },
  updateSector: { roles: [], note: 'reference data: admins only' },
  createTheme: { roles: [], note: 'reference data: admins only' },
  updateTheme: { roles: [], note: 'reference data: admins only' },
  createArea: { roles: [], note: 'reference data: admins only' },
  updateArea: { roles: [], note: 'reference data: admins only' },
  createOrganisation: { roles: EDITORS, targets: (a) => eachArea(a.input?.areaKeys) },
  updateOrganisation: { roles: EDITORS, targets: (a) => organisationInput(a.input) },
  endOrganisation: { roles: EDITORS, targets: (a) => [[t('Organisation', a.key)]] },
  upsertOrganisations: { roles: EDITORS, targets: (a) => (a.inputs ?? []).flatMap(organisationInput) },
  // Ties: at least one of the two organisations in scope (a coordinator links its area to others).
  recordTie: { roles: EDITORS, targets: (a) => tieInput(a.input) },
  updateTie: { roles: EDITORS, targets: (a) => [[t('Tie', a.input?.key)], ...tieInput(a.input)] },
  endTie: { roles: EDITORS, targets: (a) => [[t('Tie', a.key)]] },
  upsertTies: { roles: EDITORS, targets: (a) => (a.inputs ?? []).flatMap(tieInput) },
  // People (personal data): their organisation in scope.
  createPerson: { roles: EDITORS, targets: (a) => [anyOrg(a.input?.organisationKey)] },
  updatePerson: { roles: EDITORS, targets: (a) => [[t('Person', a.input?.key)], anyOrg(a.input?.organisationKey)] },
  endPerson: { roles: EDITORS, targets: (a) => [[t('Person', a.key)]] },
  // Bodies (PSBs, sub-groups, fora, partnerships) and their membership.
  createBody: { roles: EDITORS, targets: (a) => bodyInput(a.input) },
  updateBody: { roles: EDITORS, targets: (a) => [[t('Body', a.input?.key)], ...bodyInput(a.input)] },
  endBody: { roles: EDITORS, targets: (a) => [[t('Body', a.key)]] },
  replaceBody: { roles: EDITORS, targets: (a) => [[t('Body', a.key)], ...bodyInput(a.successor)] },
  addMember: { roles: EDITORS, targets: (a) => [[t('Body', a.bodyKey)]] },
  endMembership: { roles: EDITORS, targets: (a) => [[t('Body', a.bodyKey)]] },
  // Seats and report-backs: CVC staff, on bodies in their county.
  createSeat: { roles: REPRESENTATION, targets: (a) => [[t('Body', a.input?.bodyKey)]] },
  updateSeat: { roles: REPRESENTATION, targets: (a) => [[t('Seat', a.input?.key)], [t('Body', a.input?.bodyKey)]] },
  endSeat: { roles: REPRESENTATION, targets: (a) => [[t('Seat', a.key)]] },
  fillSeat: { roles: REPRESENTATION, targets: (a) => [[t('Seat', a.seatKey)]] },
  vacateSeat: { roles: REPRESENTATION, targets: (a) => [[t('Seat', a.seatKey)]] },
  logReportBack: { roles: REPRESENTATION, targets: (a) => [[t('Seat', a.seatKey)]] },
  // Collaborations: at least one partner (or one of its areas) in scope.
  createCollaboration: { roles: EDITORS, targets: (a) => collaborationInput(a.input) },
  updateCollaboration: { roles: EDITORS, targets: (a) => [[t('Collaboration', a.input?.key)], ...collaborationInput(a.input)] },
  endCollaboration: { roles: EDITORS, targets: (a) => [[t('Collaboration', a.key)]] },
  addPartner: { roles: EDITORS, targets: (a) => [[t('Collaboration', a.key)]] },
  recordCollaborationFromIntroduction: { roles: EDITORS, targets: (a) => [[t('Introduction', a.introductionKey)]] },
  // Brokered introductions: at least one of the organisations in scope.
  brokerIntroduction: { roles: EDITORS, targets: (a) => [anyOrg(...(a.organisationKeys ?? []))] },
  moveIntroduction: { roles: EDITORS, targets: (a) => [[t('Introduction', a.key)]] },
  // Surveys: run by evaluators and coordinators; answered by respondents through their link's token.
  openSurveyWave: {
    roles: ['coordinator', 'evaluator'],
    targets: (a) => [[...(a.input?.areaKey ? [t('Area', a.input.areaKey)] : []), ...(a.input?.bodyKey ? [t('Body', a.input.bodyKey)] : [])]],
  },
  remindNonRespondents: { roles: ['coordinator', 'evaluator'] },
  closeSurveyWave: { roles: ['coordinator', 'evaluator'] },
  submitSurveyResponse: { roles: ['anonymous'], note: 'authorised by the one-time survey link token itself' },
  // Imports: importFiles and the web page's import jobs (uploadImportFiles, runImportJob) have no
  // entry on purpose, so only admins may call them; give the three the same rule if that changes.
};

/** Roles that can read personal fields (names, emails), within their scope; admin everywhere. */
export const PERSONAL_DATA_ROLES: readonly Role[] = ['admin', 'coordinator', 'cvc_staff'];
