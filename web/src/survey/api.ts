/** The two public operations the survey page calls; the token is the only credential. */
export interface RosterOrganisation { key: string; name: string; nameCy: string | null; sectorKey: string | null }
export interface Sector { key: string; name: string; nameCy: string | null }
export interface Answer { partnerKey: string; kinds: string[]; frequency: string; trust: number | null; value: number | null }
export interface SurveyForm {
  invitationKey: string;
  waveName: string;
  networkName: string | null;
  networkNameCy: string | null;
  date: string;
  closesOn: string;
  organisationName: string;
  organisationNameCy: string | null;
  roster: RosterOrganisation[];
  sectors: Sector[];
  kinds: string[];
  frequencies: string[];
  answers: Answer[];
  respondedAt: string | null;
}
export interface AnswerInput {
  partnerKey?: string | null;
  newPartner?: { name: string; sectorKey: string } | null;
  kinds: string[];
  frequency: string;
  trust: number | null;
  value: number | null;
}
export interface SubmitResult { submissions: number; tieKeys: string[]; newOrganisationKeys: string[] }

export class SurveyError extends Error {
  constructor(message: string, readonly code: 'forbidden' | 'invalid' | 'network') {
    super(message);
  }
}

async function post<T>(query: string, variables: Record<string, unknown>): Promise<T> {
  let response: Response;
  try {
    response = await fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ query, variables }),
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
    });
  } catch (error) {
    throw new SurveyError(error instanceof Error ? error.message : String(error), 'network');
  }
  const body = (await response.json().catch(() => ({}))) as { data?: T; errors?: { message: string; extensions?: { code?: string } }[] };
  if (body.errors?.length) {
    const e = body.errors[0]!;
    throw new SurveyError(e.message, e.extensions?.code === 'FORBIDDEN' ? 'forbidden' : 'network');
  }
  if (!body.data) throw new SurveyError(`HTTP ${response.status}`, 'network');
  return body.data;
}

export async function loadSurvey(token: string): Promise<SurveyForm> {
  const data = await post<{ surveyByToken: SurveyForm }>(
    `query SurveyByToken($token: String!) { surveyByToken(token: $token) {
      invitationKey waveName networkName networkNameCy date closesOn organisationName organisationNameCy
      roster { key name nameCy sectorKey } sectors { key name nameCy } kinds frequencies
      answers { partnerKey kinds frequency trust value } respondedAt } }`,
    { token },
  );
  return data.surveyByToken;
}

export async function submitSurvey(token: string, answers: AnswerInput[]): Promise<SubmitResult> {
  const data = await post<{ submitSurveyResponse: { __typename: string; message?: string; data?: SubmitResult; fieldErrors?: { path: string[]; message: string }[] } }>(
    `mutation SubmitSurvey($token: String!, $input: SurveyResponseInput!) { submitSurveyResponse(token: $token, input: $input) {
      __typename
      ... on MutationSubmitSurveyResponseSuccess { data { submissions tieKeys newOrganisationKeys } }
      ... on Error { message }
      ... on ValidationError { fieldErrors { path message } }
    } }`,
    { token, input: { answers } },
  );
  const result = data.submitSurveyResponse;
  if (result.data) return result.data;
  throw new SurveyError(
    result.fieldErrors?.length ? result.fieldErrors.map((f) => f.message).join('; ') : (result.message ?? 'Error'),
    result.__typename === 'ForbiddenError' ? 'forbidden' : 'invalid',
  );
}
