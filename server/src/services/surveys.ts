/**
 * The partner survey (PARTNER CPRM style): a coordinator opens a wave for a network (an area or a
 * partnership body), each member organisation gets a private link, and a respondent lists its
 * partners from the roster with kind, frequency, trust and value. A submission becomes ties with
 * provenance `survey`, since the wave's date, each write recorded as a Change by
 * `survey:<invitation key>`. The link's token is the only authority a respondent needs: only its
 * SHA-256 hash is stored, and it is refused once the wave closes. See docs/survey-and-reports.md.
 */
import { createHash, randomBytes } from 'node:crypto';
import { z } from 'zod';
import type { Database } from '../db/database.ts';
import { int } from '../db/values.ts';
import { todayIso } from '../domain/dates.ts';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError, type FieldError } from '../domain/errors.ts';
import { TIE_KINDS, type TieKind } from '../domain/model.ts';
import { id, isoDate, name, parseInput, rating } from '../domain/validate.ts';
import { recordChange } from './audit.ts';
import { compareNetworks, type NetworkComparison } from './metrics.ts';
import { loadSubnetwork, type NetworkFilter, type NetworkNode } from './network.ts';

export const SURVEY_FREQUENCIES = ['weekly', 'monthly', 'quarterly', 'yearly', 'ad_hoc'] as const;
export type SurveyFrequency = (typeof SURVEY_FREQUENCIES)[number];

/** Where the public page lives; the token travels in the fragment, so it never reaches server logs. */
export const SURVEY_PAGE_PATH = '/survey.html';

export function surveyLink(token: string, baseUrl?: string | null): string {
  return `${(baseUrl ?? '').replace(/\/+$/, '')}${SURVEY_PAGE_PATH}#token=${token}`;
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

function newToken(): string {
  return randomBytes(32).toString('base64url');
}

const TOKEN_SHAPE = /^[A-Za-z0-9_-]{43}$/;

function slug(text: string, max = 40): string {
  const s = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, max)
    .replace(/-+$/g, '');
  return s || 'x';
}

// ------------------------------------------------------------------ records

export interface SurveyWaveRecord {
  id: string;
  name: string;
  date: string;
  closesOn: string;
  areaId: string | null;
  bodyId: string | null;
  status: 'open' | 'closed';
  createdAt: string | null;
  createdBy: string | null;
  closedAt: string | null;
  networkName: string | null;
  networkNameCy: string | null;
  invited: number;
  responded: number;
}

export interface SurveyInvitationRecord {
  id: string;
  waveId: string;
  organisationId: string;
  organisationName: string;
  organisationNameCy: string | null;
  respondedAt: string | null;
  submissions: number;
  reminders: number;
  lastRemindedAt: string | null;
  answers: string | null;
}

export interface SurveyLinkRecord {
  invitationKey: string;
  organisationId: string;
  organisationName: string;
  /** the private token: shown once, never stored */
  token: string;
  link: string;
}

export interface OpenedWave {
  wave: SurveyWaveRecord;
  links: SurveyLinkRecord[];
}

/** An answer as stored on the invitation (and shown again when the respondent returns). */
export interface StoredAnswer {
  partnerKey: string;
  kinds: TieKind[];
  frequency: SurveyFrequency;
  trust: number | null;
  value: number | null;
}

// ------------------------------------------------------------------ opening a wave

const openWaveSchema = z
  .object({
    name,
    areaId: id.nullish(),
    bodyId: id.nullish(),
    date: isoDate,
    closesOn: isoDate,
  })
  .refine((w) => Boolean(w.areaId) !== Boolean(w.bodyId), { path: ['areaKey'], message: 'give exactly one of areaKey or bodyKey' })
  .refine((w) => w.closesOn >= w.date, { path: ['closesOn'], message: 'must not be before the wave date' });
export type OpenWaveInput = z.input<typeof openWaveSchema>;

export function waveFilter(wave: { areaId: string | null; bodyId: string | null }): NetworkFilter {
  return wave.areaId ? { areaId: wave.areaId } : { bodyId: wave.bodyId };
}

/** The organisations a wave surveys: members of its network as of the wave's date. */
export async function waveRoster(db: Database, wave: { areaId: string | null; bodyId: string | null; date: string }): Promise<NetworkNode[]> {
  return (await loadSubnetwork(db, { ...waveFilter(wave), asOf: wave.date })).nodes;
}

export async function openSurveyWave(db: Database, input: OpenWaveInput, actor: string, baseUrl?: string | null): Promise<OpenedWave> {
  const row = parseInput(openWaveSchema, input, ['input']);
  const [found] = await db.read<{ areaId: string | null; bodyId: string | null }>('survey/network-exists', { areaId: row.areaId ?? null, bodyId: row.bodyId ?? null });
  if (row.areaId && !found?.areaId) throw new NotFoundError('Area', row.areaId);
  if (row.bodyId && !found?.bodyId) throw new NotFoundError('Body', row.bodyId);
  const wave = { id: `wave-${slug(row.name, 30)}-${randomBytes(4).toString('hex')}`, name: row.name, date: row.date, closesOn: row.closesOn, areaId: row.areaId ?? null, bodyId: row.bodyId ?? null };
  const members = await waveRoster(db, wave);
  if (!members.length) {
    throw new ValidationError([{ path: ['input', row.areaId ? 'areaKey' : 'bodyKey'], message: `has no member organisations as of ${row.date}` }]);
  }
  const invitations = members.map((m) => {
    const token = newToken();
    return { id: `${wave.id}:${m.id}`, organisationId: m.id, organisationName: m.name, token, tokenHash: hashToken(token) };
  });
  const at = new Date().toISOString();
  await db.write(async (tx) => {
    await tx.run('survey/create-wave', { row: wave, at, actor });
    await tx.run('survey/create-invitations', {
      waveId: wave.id,
      at,
      rows: invitations.map(({ id: key, organisationId, tokenHash }) => ({ id: key, organisationId, tokenHash })),
    });
    await recordChange(tx, {
      actor,
      action: 'create',
      entityType: 'SurveyWave',
      entityId: wave.id,
      after: { ...wave, invited: invitations.map((i) => i.organisationId) },
      at,
    });
  });
  return {
    wave: (await surveyWavesByKeys(db, [wave.id]))[0]!,
    links: invitations.map((i) => ({ invitationKey: i.id, organisationId: i.organisationId, organisationName: i.organisationName, token: i.token, link: surveyLink(i.token, baseUrl) })),
  };
}

// ------------------------------------------------------------------ coordinator reads

export async function surveyWavesByKeys(db: Database, keys: readonly string[]): Promise<(SurveyWaveRecord | null)[]> {
  const rows = await db.read<{ wave: SurveyWaveRecord }>('survey/waves', { keys: [...keys], areaId: null, bodyId: null });
  const found = new Map(rows.map((r) => [r.wave.id, r.wave]));
  return keys.map((k) => found.get(k) ?? null);
}

export async function listSurveyWaves(db: Database, filter: { areaId?: string | null; bodyId?: string | null } = {}): Promise<SurveyWaveRecord[]> {
  const rows = await db.read<{ wave: SurveyWaveRecord }>('survey/waves', { keys: null, areaId: filter.areaId ?? null, bodyId: filter.bodyId ?? null });
  return rows.map((r) => r.wave);
}

async function requireWave(db: Database, key: string): Promise<SurveyWaveRecord> {
  const [wave] = await surveyWavesByKeys(db, [key]);
  if (!wave) throw new NotFoundError('SurveyWave', key);
  return wave;
}

export async function waveInvitations(db: Database, waveKey: string): Promise<SurveyInvitationRecord[]> {
  const rows = await db.read<{ invitation: SurveyInvitationRecord }>('survey/invitations-of-wave', { waveId: waveKey });
  return rows.map((r) => ({ ...r.invitation, submissions: r.invitation.submissions ?? 0, reminders: r.invitation.reminders ?? 0 }));
}

export interface ProposedOrganisation {
  id: string;
  name: string;
  sectorId: string | null;
  reviewStatus: string | null;
  proposedBy: string;
}

export async function proposedOrganisations(db: Database, waveKey: string): Promise<ProposedOrganisation[]> {
  return (await db.read<{ organisation: ProposedOrganisation }>('survey/proposed-organisations', { waveId: waveKey })).map((r) => r.organisation);
}

/** Share of invitations answered (0-1); null for a wave with no invitations. */
export function responseRate(wave: Pick<SurveyWaveRecord, 'invited' | 'responded'>): number | null {
  return wave.invited ? wave.responded / wave.invited : null;
}

// ------------------------------------------------------------------ reminders and closing

export interface ReminderRecord extends SurveyLinkRecord {
  reminders: number;
  text: { en: string; cy: string };
}

export function reminderText(wave: Pick<SurveyWaveRecord, 'name' | 'closesOn'>, organisationName: string, link: string): { en: string; cy: string } {
  return {
    en: `Reminder: ${organisationName} has not yet answered the partner survey "${wave.name}". It takes about ten minutes and closes on ${wave.closesOn}. Your private link: ${link} (earlier links no longer work).`,
    cy: `Nodyn atgoffa: nid yw ${organisationName} wedi ateb arolwg partneriaid "${wave.name}" eto. Mae’n cymryd tua deng munud ac yn cau ar ${wave.closesOn}. Eich dolen breifat: ${link} (nid yw dolenni cynharach yn gweithio mwyach).`,
  };
}

/**
 * Records a reminder for every invitation not yet answered and returns, for each, a fresh link and
 * the reminder text to send (Cyswllt sends no email). Only hashes are stored, so the earlier link
 * cannot be shown again: each reminder issues a new token and the old link stops working.
 */
export async function remindNonRespondents(db: Database, waveKey: string, actor: string, baseUrl?: string | null): Promise<ReminderRecord[]> {
  const wave = await requireWave(db, waveKey);
  if (wave.status !== 'open' || todayIso() > wave.closesOn) {
    throw new ConflictError('already_ended', `Survey wave "${waveKey}" has closed; reminders are only for open waves`);
  }
  const pending = (await waveInvitations(db, waveKey)).filter((i) => !i.respondedAt);
  const at = new Date().toISOString();
  return db.write(async (tx) => {
    const out: ReminderRecord[] = [];
    for (const invitation of pending) {
      const token = newToken();
      const [row] = await tx.run<{ reminders: number }>('survey/rotate-token', { id: invitation.id, tokenHash: hashToken(token), at });
      await recordChange(tx, { actor, action: 'remind', entityType: 'SurveyInvitation', entityId: invitation.id, after: { reminders: row?.reminders ?? 0 }, at });
      const link = surveyLink(token, baseUrl);
      out.push({
        invitationKey: invitation.id,
        organisationId: invitation.organisationId,
        organisationName: invitation.organisationName,
        token,
        link,
        reminders: row?.reminders ?? 0,
        text: reminderText(wave, invitation.organisationName, link),
      });
    }
    return out;
  });
}

export async function closeSurveyWave(db: Database, waveKey: string, actor: string): Promise<SurveyWaveRecord> {
  const wave = await requireWave(db, waveKey);
  if (wave.status === 'closed') throw new ConflictError('already_ended', `Survey wave "${waveKey}" is already closed`);
  const at = new Date().toISOString();
  await db.write(async (tx) => {
    await tx.run('survey/close-wave', { waveId: waveKey, at });
    await recordChange(tx, { actor, action: 'end', entityType: 'SurveyWave', entityId: waveKey, before: { status: 'open' }, after: { status: 'closed' }, at });
  });
  return requireWave(db, waveKey);
}

// ------------------------------------------------------------------ the public side: by token

interface TokenLookup {
  invitation: { id: string; waveId: string; organisationId: string; respondedAt: string | null; submissions: number | null; answers: string | null };
  wave: { id: string; name: string; date: string; closesOn: string; areaId: string | null; bodyId: string | null; status: string; networkName: string | null; networkNameCy: string | null };
  organisation: { id: string; name: string; nameCy: string | null };
}

const INVALID_LINK = 'This survey link is not valid. It may have been replaced by a newer link in a reminder; ask your coordinator for a new one.';

/** The invitation a token opens, if the wave is still open: the one authority check of the public survey. */
async function authorise(db: Database, token: string): Promise<TokenLookup> {
  if (typeof token !== 'string' || !TOKEN_SHAPE.test(token)) throw new ForbiddenError(INVALID_LINK);
  const [found] = await db.read<TokenLookup>('survey/invitation-by-token-hash', { tokenHash: hashToken(token) });
  if (!found) throw new ForbiddenError(INVALID_LINK);
  if (found.wave.status !== 'open') throw new ForbiddenError(`The survey "${found.wave.name}" has closed.`);
  if (todayIso() > found.wave.closesOn) throw new ForbiddenError(`The survey "${found.wave.name}" closed on ${found.wave.closesOn}.`);
  return found;
}

export interface SurveyForm {
  invitationKey: string;
  wave: TokenLookup['wave'];
  organisation: TokenLookup['organisation'];
  roster: NetworkNode[];
  sectors: { id: string; name: string; nameCy: string | null }[];
  answers: StoredAnswer[];
  respondedAt: string | null;
}

function parseAnswers(json: string | null): StoredAnswer[] {
  if (!json) return [];
  try {
    const parsed = JSON.parse(json) as { answers?: StoredAnswer[] };
    return Array.isArray(parsed.answers) ? parsed.answers : [];
  } catch {
    return [];
  }
}

export async function surveyFormByToken(db: Database, token: string): Promise<SurveyForm> {
  const found = await authorise(db, token);
  const [roster, sectors] = await Promise.all([
    waveRoster(db, found.wave),
    db.read<{ sector: { id: string; name: string; nameCy: string | null } }>('sector/all'),
  ]);
  return {
    invitationKey: found.invitation.id,
    wave: found.wave,
    organisation: found.organisation,
    roster: roster.filter((o) => o.id !== found.organisation.id).sort((a, b) => a.name.localeCompare(b.name, 'en-GB')),
    sectors: sectors.map((r) => ({ id: r.sector.id, name: r.sector.name, nameCy: r.sector.nameCy ?? null })),
    answers: parseAnswers(found.invitation.answers),
    respondedAt: found.invitation.respondedAt,
  };
}

// ------------------------------------------------------------------ submitting

const newPartnerSchema = z.object({ name, sectorId: id });

const answerSchema = z
  .object({
    partnerKey: id.nullish(),
    newPartner: newPartnerSchema.nullish(),
    kinds: z.array(z.enum(TIE_KINDS, { message: `must be one of ${TIE_KINDS.join(', ')}` })).min(1, { message: 'choose at least one kind of relationship' }),
    frequency: z.enum(SURVEY_FREQUENCIES, { message: `must be one of ${SURVEY_FREQUENCIES.join(', ')}` }),
    trust: rating.nullish(),
    value: rating.nullish(),
  })
  .refine((a) => Boolean(a.partnerKey) !== Boolean(a.newPartner), { path: ['partnerKey'], message: 'give a partner from the list or a new organisation, not both' });

const submissionSchema = z.object({ answers: z.array(answerSchema).max(500) });
export type SurveySubmissionInput = z.input<typeof submissionSchema>;

export interface SubmissionResult {
  invitationKey: string;
  submissions: number;
  created: string[];
  updated: string[];
  retracted: string[];
  ended: string[];
  /** ties this respondent reports in this wave, after the submission */
  tieKeys: string[];
  newOrganisationKeys: string[];
}

interface ExistingTie {
  id: string;
  sourceId: string;
  targetId: string;
  otherId: string;
  kind: string;
  source: string;
  trust: number | null;
  value: number | null;
  frequency: string | null;
  since: string | null;
  until: string | null;
  surveyWaveId: string | null;
  reportedBy: string[];
  endedBySurveyWave: string | null;
  retracted: boolean;
  version: number;
}

const waveOfInvitation = (key: string) => key.slice(0, key.indexOf(':'));

const tieSnapshot = (t: Omit<ExistingTie, 'version' | 'otherId'>) => ({
  sourceId: t.sourceId, targetId: t.targetId, kind: t.kind, source: t.source, trust: t.trust ?? null, value: t.value ?? null,
  frequency: t.frequency ?? null, since: t.since ?? null, until: t.until ?? null, surveyWaveId: t.surveyWaveId ?? null,
  reportedBy: t.reportedBy, retracted: t.retracted ?? false, endedBySurveyWave: t.endedBySurveyWave ?? null,
});

/**
 * Turns a respondent's answers into ties, in one transaction authorised by the token alone. A
 * resubmission replaces that respondent's answers for the wave: ties it no longer reports are
 * retracted (or, for earlier waves' ties, ended on this wave's date), and the same answers twice
 * change nothing. A tie the other side (or a coordinator) already recorded is confirmed, not duplicated.
 */
export async function submitSurveyResponse(db: Database, token: string, input: SurveySubmissionInput): Promise<SubmissionResult> {
  const found = await authorise(db, token);
  const parsed = parseInput(submissionSchema, input, ['input']);
  const { wave, invitation, organisation: respondent } = found;
  const actor = `survey:${invitation.id}`;
  const roster = (await waveRoster(db, wave)).filter((o) => o.id !== respondent.id);
  const rosterIds = new Set(roster.map((o) => o.id));
  const rosterByName = new Map(roster.map((o) => [o.name.trim().toLowerCase(), o.id]));
  const [scope] = await db.read<{ bodyAreaIds: string[] }>('survey/network-exists', { areaId: wave.areaId, bodyId: wave.bodyId });
  const sectorIds = new Set((await db.read<{ sector: { id: string } }>('sector/all')).map((r) => r.sector.id));

  // Validate every answer, resolve new partners to keys, and merge repeats of one partner.
  const errors: FieldError[] = [];
  const newPartners = new Map<string, { id: string; name: string; sectorId: string }>();
  const answers = new Map<string, StoredAnswer>();
  parsed.answers.forEach((a, i) => {
    let partnerKey = a.partnerKey ?? null;
    if (a.newPartner) {
      const existing = rosterByName.get(a.newPartner.name.trim().toLowerCase());
      if (existing) partnerKey = existing;
      else if (!sectorIds.has(a.newPartner.sectorId)) {
        errors.push({ path: ['input', 'answers', i, 'newPartner', 'sectorKey'], message: `no sector "${a.newPartner.sectorId}"` });
        return;
      } else {
        const normalised = a.newPartner.name.trim().replace(/\s+/g, ' ');
        partnerKey = `org-survey-${slug(normalised)}-${createHash('sha256').update(normalised.toLowerCase()).digest('hex').slice(0, 6)}`;
        newPartners.set(partnerKey, { id: partnerKey, name: normalised, sectorId: a.newPartner.sectorId });
      }
    } else if (partnerKey === respondent.id) {
      errors.push({ path: ['input', 'answers', i, 'partnerKey'], message: 'is your own organisation' });
      return;
    } else if (!partnerKey || !rosterIds.has(partnerKey)) {
      errors.push({ path: ['input', 'answers', i, 'partnerKey'], message: `"${partnerKey}" is not an organisation of this survey's network` });
      return;
    }
    const prior = answers.get(partnerKey!);
    const kinds = [...new Set([...(prior?.kinds ?? []), ...a.kinds])].sort() as TieKind[];
    answers.set(partnerKey!, { partnerKey: partnerKey!, kinds, frequency: a.frequency, trust: a.trust ?? null, value: a.value ?? null });
  });
  if (errors.length) throw new ValidationError(errors);

  const at = new Date().toISOString();
  const W = wave.id;
  const D = wave.date;
  const inv = invitation.id;
  return db.write(async (tx) => {
    // Organisations the respondent added: created once (the key is derived from the name), flagged for review.
    const newOrganisationKeys: string[] = [];
    if (newPartners.size) {
      const known = new Set(
        (await tx.run<{ organisation: { id: string } }>('organisation/by-keys', { keys: [...newPartners.keys()] })).map((r) => r.organisation.id),
      );
      const areaIds = wave.areaId ? [wave.areaId] : (scope?.bodyAreaIds ?? []);
      for (const p of newPartners.values()) {
        newOrganisationKeys.push(p.id);
        if (known.has(p.id)) continue;
        const row = {
          id: p.id, name: p.name, nameCy: null, kind: 'tso', size: null, charityNumber: null, website: null,
          since: D, until: null, sectorId: p.sectorId, areaIds, themeIds: [],
        };
        await tx.run('organisation/create', { row, at });
        await tx.run('survey/flag-organisation', { organisationId: p.id, invitationId: inv, bodyId: wave.bodyId, since: D });
        await recordChange(tx, {
          actor, action: 'create', entityType: 'Organisation', entityId: p.id,
          after: { name: p.name, kind: 'tso', sectorId: p.sectorId, areaIds, since: D, source: 'survey', reviewStatus: 'pending' },
          reason: `added by a respondent to survey wave ${W}; awaiting review`, at,
        });
      }
    }

    // Reconcile against every tie touching the respondent.
    const [state] = await tx.run<{ ties: ExistingTie[]; invitationKeys: string[] }>('survey/respondent-ties', { organisationId: respondent.id });
    const ties = (state?.ties ?? []).map((t) => ({ ...t, reportedBy: t.reportedBy ?? [], retracted: t.retracted ?? false }));
    const myInvitations = new Set(state?.invitationKeys ?? []);
    const isActive = (t: ExistingTie) => (!t.since || t.since <= D) && (!t.until || D < t.until);
    const pairKey = (otherId: string, kind: string) => `${otherId}|${kind}`;
    const desired = new Map<string, { otherId: string; kind: TieKind; answer: StoredAnswer }>();
    for (const a of answers.values()) for (const kind of a.kinds) desired.set(pairKey(a.partnerKey, kind), { otherId: a.partnerKey, kind, answer: a });

    const next = new Map<string, ExistingTie>();
    const touch = (t: ExistingTie) => {
      let n = next.get(t.id);
      if (!n) next.set(t.id, (n = { ...t, reportedBy: [...t.reportedBy] }));
      return n;
    };
    const withRatings = (n: ExistingTie, a: StoredAnswer) => {
      n.trust = a.trust;
      n.value = a.value;
      n.frequency = a.frequency;
    };
    const creations: { row: Record<string, unknown> }[] = [];
    const ownId = (otherId: string, kind: string) => `tie-survey-${W}-${respondent.id}-${otherId}-${kind}`;

    for (const [key, d] of desired) {
      const candidates = ties.filter((t) => pairKey(t.otherId, t.kind) === key);
      const active = candidates.find(isActive);
      if (active) {
        const n = touch(active);
        if (!n.reportedBy.includes(inv)) n.reportedBy.push(inv);
        // Ratings belong to whoever first reported the tie in this wave; a confirmation keeps them.
        if (n.surveyWaveId === W && n.reportedBy[0] === inv) withRatings(n, d.answer);
        continue;
      }
      const reopen =
        candidates.find((t) => t.endedBySurveyWave === W) ??
        candidates.find((t) => t.surveyWaveId === W && t.retracted) ??
        ties.find((t) => t.id === ownId(d.otherId, d.kind));
      if (reopen) {
        const n = touch(reopen);
        n.until = null;
        n.endedBySurveyWave = null;
        n.retracted = false;
        if (!n.reportedBy.includes(inv)) n.reportedBy.push(inv);
        if (n.surveyWaveId === W && n.reportedBy.filter((k) => waveOfInvitation(k) === W)[0] === inv) withRatings(n, d.answer);
        continue;
      }
      creations.push({
        row: {
          id: ownId(d.otherId, d.kind), sourceId: respondent.id, targetId: d.otherId, kind: d.kind,
          trust: d.answer.trust, value: d.answer.value, frequency: d.answer.frequency, since: D,
          surveyWaveId: W, reportedBy: [inv],
        },
      });
    }

    // Answers withdrawn since the last submission.
    for (const t of ties) {
      if (!t.reportedBy.includes(inv) || desired.has(pairKey(t.otherId, t.kind))) continue;
      const n = touch(t);
      n.reportedBy = n.reportedBy.filter((k) => k !== inv);
      const stillReportedThisWave = n.reportedBy.some((k) => waveOfInvitation(k) === W);
      if (t.source === 'survey' && t.surveyWaveId === W && !stillReportedThisWave && isActive(t)) {
        // Zero-length period: the tie stays in the graph (and the audit trail) but is active on no date.
        n.until = n.since ?? D;
        n.retracted = true;
      }
    }

    // Earlier waves' survey ties this organisation reported and no longer reports end on this wave's date.
    for (const t of ties) {
      if (t.source !== 'survey' || t.surveyWaveId === W || !isActive(t) || !(t.since && t.since < D)) continue;
      if (!rosterIds.has(t.otherId) || desired.has(pairKey(t.otherId, t.kind))) continue;
      if (!t.reportedBy.some((k) => myInvitations.has(k) && waveOfInvitation(k) !== W)) continue;
      const n = touch(t);
      if (n.reportedBy.some((k) => waveOfInvitation(k) === W)) continue;
      n.until = D;
      n.endedBySurveyWave = W;
    }

    const result: SubmissionResult = { invitationKey: inv, submissions: 0, created: [], updated: [], retracted: [], ended: [], tieKeys: [], newOrganisationKeys };
    for (const { row } of creations) {
      await tx.run('survey/create-tie', { row, at, actor });
      await recordChange(tx, {
        actor, action: 'create', entityType: 'Tie', entityId: row.id as string,
        after: tieSnapshot({ ...(row as unknown as ExistingTie), source: 'survey', until: null, retracted: false, endedBySurveyWave: null }),
        reason: `survey wave ${W}`, at,
      });
      result.created.push(row.id as string);
    }
    for (const t of ties) {
      const n = next.get(t.id);
      if (!n) continue;
      const before = tieSnapshot(t);
      const after = tieSnapshot(n);
      if (JSON.stringify(before) === JSON.stringify(after)) continue;
      const rows = await tx.run<{ version: number }>('survey/set-tie', {
        row: { id: n.id, trust: n.trust ?? null, value: n.value ?? null, frequency: n.frequency ?? null, until: n.until ?? null, reportedBy: n.reportedBy, retracted: n.retracted, endedBySurveyWave: n.endedBySurveyWave ?? null },
        version: int(t.version),
        at,
        actor,
      });
      if (!rows.length) throw new ConflictError('stale_version', `Tie "${t.id}" changed during the submission; please submit again`);
      const action = n.until && !t.until ? (n.retracted ? 'retract' : 'end') : 'update';
      await recordChange(tx, { actor, action, entityType: 'Tie', entityId: t.id, before, after, reason: `survey wave ${W}`, at });
      (action === 'retract' ? result.retracted : action === 'end' ? result.ended : result.updated).push(t.id);
    }

    const stored = { answers: [...answers.values()] };
    const [recorded] = await tx.run<{ submissions: number }>('survey/record-response', { id: inv, answers: JSON.stringify(stored), at });
    await recordChange(tx, { actor, action: 'submit', entityType: 'SurveyInvitation', entityId: inv, after: stored, at });
    result.submissions = recorded?.submissions ?? 0;
    const finalTies = [
      ...ties.map((t) => next.get(t.id) ?? t),
      ...creations.map(({ row }) => ({ id: row.id as string, reportedBy: [inv], until: null, since: D }) as unknown as ExistingTie),
    ];
    result.tieKeys = finalTies.filter((t) => t.reportedBy.includes(inv) && isActive(t)).map((t) => t.id).sort();
    return result;
  });
}

// ------------------------------------------------------------------ comparing waves

export interface WaveComparison {
  from: SurveyWaveRecord;
  to: SurveyWaveRecord;
  comparison: NetworkComparison;
}

/** What appeared and what ended between two waves of the same network, via compareNetworks on their dates. */
export async function compareSurveyWaves(db: Database, a: string, b: string): Promise<WaveComparison> {
  const [x, y] = [await requireWave(db, a), await requireWave(db, b)];
  if (x.areaId !== y.areaId || x.bodyId !== y.bodyId) {
    throw new ValidationError([{ path: ['b'], message: 'must be a wave of the same network (area or body) as `a`' }]);
  }
  const [from, to] = x.date <= y.date ? [x, y] : [y, x];
  return { from, to, comparison: await compareNetworks(db, waveFilter(from), from.date, to.date) };
}
