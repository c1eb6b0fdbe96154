/**
 * The partner survey in the API. Coordinator operations (open a wave, follow responses, remind,
 * close, compare waves) are ordinary fields. The two public operations, `surveyByToken` and
 * `submitSurveyResponse`, are authorised by the link's token alone (a capability: no account, no
 * session) and return only plain survey types, so no graph can be traversed from them. An auth
 * layer must let exactly these through without sign-in: see PUBLIC_SURVEY_OPERATIONS.
 */
import { isoDate } from '../domain/dates.ts';
import { TIE_KINDS } from '../domain/model.ts';
import {
  closeSurveyWave,
  compareSurveyWaves,
  listSurveyWaves,
  openSurveyWave,
  proposedOrganisations,
  remindNonRespondents,
  responseRate,
  SURVEY_FREQUENCIES,
  submitSurveyResponse,
  surveyFormByToken,
  surveyWavesByKeys,
  waveInvitations,
  type OpenedWave,
  type ProposedOrganisation,
  type ReminderRecord,
  type StoredAnswer,
  type SubmissionResult,
  type SurveyForm,
  type SurveyInvitationRecord,
  type SurveyLinkRecord,
  type SurveyWaveRecord,
  type WaveComparison,
} from '../services/surveys.ts';
import type { MetricChange } from '../services/metrics.ts';
import type { NetworkNode } from '../services/network.ts';
import { builder } from './builder.ts';
import { BilingualTextRef } from './gaps.ts';
import { MUTATION_ERRORS } from './errors.ts';
import { NetworkEdgeRef } from './network.ts';
import { OrganisationRef } from './organisation.ts';
import { TieKindEnum } from './tie.ts';

/** Operations a signed-out visitor may call: the token is their authorisation. */
export const PUBLIC_SURVEY_OPERATIONS = ['surveyByToken', 'submitSurveyResponse'] as const;

const FrequencyEnum = builder.enumType('SurveyFrequency', {
  description: 'How often two organisations work together, as the respondent reports it',
  values: SURVEY_FREQUENCIES,
});

const WaveStatusEnum = builder.enumType('SurveyWaveStatus', { values: ['open', 'closed'] as const });

// ------------------------------------------------------------------ coordinator types

const InvitationRef = builder.objectRef<SurveyInvitationRecord>('SurveyInvitation').implement({
  description: 'One organisation invited to a wave (its token is never shown again after the wave opened)',
  fields: (t) => ({
    key: t.exposeString('id'),
    organisation: t.field({ type: OrganisationRef, resolve: (i) => i.organisationId }),
    organisationName: t.exposeString('organisationName'),
    responded: t.boolean({ resolve: (i) => Boolean(i.respondedAt) }),
    respondedAt: t.expose('respondedAt', { type: 'DateTime', nullable: true }),
    submissions: t.exposeInt('submissions', { description: 'Times submitted (a resubmission replaces the answers)' }),
    reminders: t.exposeInt('reminders'),
    lastRemindedAt: t.expose('lastRemindedAt', { type: 'DateTime', nullable: true }),
    partnersReported: t.int({
      resolve: (i) => {
        try {
          return ((JSON.parse(i.answers ?? '{}') as { answers?: unknown[] }).answers ?? []).length;
        } catch {
          return 0;
        }
      },
    }),
  }),
});

const ProposedOrganisationRef = builder.objectRef<ProposedOrganisation>('SurveyProposedOrganisation').implement({
  description: 'An organisation a respondent added; created with source survey and awaiting the coordinator’s review',
  fields: (t) => ({
    organisation: t.field({ type: OrganisationRef, resolve: (o) => o.id }),
    name: t.exposeString('name'),
    sectorKey: t.exposeString('sectorId', { nullable: true }),
    reviewStatus: t.exposeString('reviewStatus', { nullable: true }),
    proposedBy: t.field({ type: OrganisationRef, resolve: (o) => o.proposedBy }),
  }),
});

export const SurveyWaveRef = builder.objectRef<SurveyWaveRecord>('SurveyWave').implement({
  description: 'One round of the partner survey for a network (an area or a partnership body)',
  fields: (t) => ({
    key: t.exposeString('id'),
    name: t.exposeString('name'),
    date: t.expose('date', { type: 'Date', description: 'Ties reported in this wave start on this date' }),
    closesOn: t.expose('closesOn', { type: 'Date', description: 'Links work up to and including this date' }),
    status: t.field({ type: WaveStatusEnum, resolve: (w) => w.status }),
    areaKey: t.exposeString('areaId', { nullable: true }),
    bodyKey: t.exposeString('bodyId', { nullable: true }),
    networkName: t.exposeString('networkName', { nullable: true }),
    createdBy: t.exposeString('createdBy', { nullable: true }),
    invited: t.exposeInt('invited'),
    responded: t.exposeInt('responded'),
    responseRate: t.float({ nullable: true, description: 'responded / invited (0-1)', resolve: (w) => responseRate(w) }),
    invitations: t.field({ type: [InvitationRef], resolve: (w, _args, ctx) => waveInvitations(ctx.db, w.id) }),
    respondents: t.field({ type: [InvitationRef], resolve: async (w, _args, ctx) => (await waveInvitations(ctx.db, w.id)).filter((i) => i.respondedAt) }),
    nonRespondents: t.field({ type: [InvitationRef], resolve: async (w, _args, ctx) => (await waveInvitations(ctx.db, w.id)).filter((i) => !i.respondedAt) }),
    proposedOrganisations: t.field({ type: [ProposedOrganisationRef], resolve: (w, _args, ctx) => proposedOrganisations(ctx.db, w.id) }),
  }),
});

const SurveyLinkRef = builder.objectRef<SurveyLinkRecord>('SurveyLink').implement({
  description: 'A private survey link, shown once: only a hash of the token is stored',
  fields: (t) => ({
    invitationKey: t.exposeString('invitationKey'),
    organisation: t.field({ type: OrganisationRef, resolve: (l) => l.organisationId }),
    organisationName: t.exposeString('organisationName'),
    token: t.exposeString('token'),
    link: t.exposeString('link', { description: '/survey.html#token=... (absolute when baseUrl was given)' }),
  }),
});

const OpenedWaveRef = builder.objectRef<OpenedWave>('OpenedSurveyWave').implement({
  fields: (t) => ({
    wave: t.field({ type: SurveyWaveRef, resolve: (o) => o.wave }),
    links: t.field({ type: [SurveyLinkRef], resolve: (o) => o.links }),
  }),
});

// BilingualText is defined once, in gaps.ts, and shared.

const ReminderRef = builder.objectRef<ReminderRecord>('SurveyReminder').implement({
  description: 'A reminder to send yourself (Cyswllt sends no email): a fresh link, the old one stops working',
  fields: (t) => ({
    invitationKey: t.exposeString('invitationKey'),
    organisation: t.field({ type: OrganisationRef, resolve: (r) => r.organisationId }),
    organisationName: t.exposeString('organisationName'),
    token: t.exposeString('token'),
    link: t.exposeString('link'),
    reminders: t.exposeInt('reminders', { description: 'Reminders recorded for this invitation so far' }),
    text: t.field({ type: BilingualTextRef, resolve: (r) => r.text }),
  }),
});

const WaveMetricChangeRef = builder.objectRef<MetricChange>('SurveyWaveMetricChange').implement({
  fields: (t) => ({
    metric: t.exposeString('metric'),
    from: t.exposeFloat('from', { nullable: true }),
    to: t.exposeFloat('to', { nullable: true }),
    change: t.exposeFloat('change', { nullable: true }),
  }),
});

const WaveComparisonRef = builder.objectRef<WaveComparison>('SurveyWaveComparison').implement({
  description: 'The network at the earlier wave’s date against the later one’s (compareNetworks)',
  fields: (t) => ({
    from: t.field({ type: SurveyWaveRef, resolve: (c) => c.from }),
    to: t.field({ type: SurveyWaveRef, resolve: (c) => c.to }),
    appeared: t.field({ type: [NetworkEdgeRef], description: 'Ties active at the later wave but not the earlier', resolve: (c) => c.comparison.appeared }),
    ended: t.field({ type: [NetworkEdgeRef], description: 'Ties active at the earlier wave but not the later', resolve: (c) => c.comparison.ended }),
    joined: t.stringList({ resolve: (c) => c.comparison.joined }),
    left: t.stringList({ resolve: (c) => c.comparison.left }),
    metrics: t.field({ type: [WaveMetricChangeRef], resolve: (c) => c.comparison.metrics }),
  }),
});

// ------------------------------------------------------------------ public (token) types

const RosterOrganisationRef = builder.objectRef<NetworkNode>('SurveyRosterOrganisation').implement({
  fields: (t) => ({
    key: t.exposeString('id'),
    name: t.exposeString('name'),
    nameCy: t.exposeString('nameCy', { nullable: true }),
    sectorKey: t.exposeString('sectorId', { nullable: true }),
  }),
});

const SurveySectorRef = builder.objectRef<SurveyForm['sectors'][number]>('SurveySector').implement({
  fields: (t) => ({ key: t.exposeString('id'), name: t.exposeString('name'), nameCy: t.exposeString('nameCy', { nullable: true }) }),
});

const SurveyAnswerRef = builder.objectRef<StoredAnswer>('SurveyAnswer').implement({
  fields: (t) => ({
    partnerKey: t.exposeString('partnerKey'),
    kinds: t.field({ type: [TieKindEnum], resolve: (a) => a.kinds }),
    frequency: t.field({ type: FrequencyEnum, resolve: (a) => a.frequency }),
    trust: t.exposeInt('trust', { nullable: true }),
    value: t.exposeInt('value', { nullable: true }),
  }),
});

const SurveyFormRef = builder.objectRef<SurveyForm>('SurveyForm').implement({
  description: 'What a survey link opens: who is answering, the roster to choose partners from, earlier answers',
  fields: (t) => ({
    invitationKey: t.exposeString('invitationKey'),
    waveName: t.string({ resolve: (f) => f.wave.name }),
    networkName: t.string({ nullable: true, resolve: (f) => f.wave.networkName }),
    networkNameCy: t.string({ nullable: true, resolve: (f) => f.wave.networkNameCy }),
    date: t.field({ type: 'Date', resolve: (f) => f.wave.date }),
    closesOn: t.field({ type: 'Date', resolve: (f) => f.wave.closesOn }),
    organisationName: t.string({ resolve: (f) => f.organisation.name }),
    organisationNameCy: t.string({ nullable: true, resolve: (f) => f.organisation.nameCy }),
    roster: t.field({ type: [RosterOrganisationRef], resolve: (f) => f.roster }),
    sectors: t.field({ type: [SurveySectorRef], resolve: (f) => f.sectors }),
    kinds: t.field({ type: [TieKindEnum], resolve: () => [...TIE_KINDS] }),
    frequencies: t.field({ type: [FrequencyEnum], resolve: () => [...SURVEY_FREQUENCIES] }),
    answers: t.field({ type: [SurveyAnswerRef], resolve: (f) => f.answers }),
    respondedAt: t.expose('respondedAt', { type: 'DateTime', nullable: true }),
  }),
});

const SubmissionResultRef = builder.objectRef<SubmissionResult>('SurveySubmissionResult').implement({
  fields: (t) => ({
    invitationKey: t.exposeString('invitationKey'),
    submissions: t.exposeInt('submissions'),
    created: t.exposeStringList('created', { description: 'Tie keys created' }),
    updated: t.exposeStringList('updated', { description: 'Tie keys updated or confirmed' }),
    retracted: t.exposeStringList('retracted', { description: 'Ties of this wave no longer reported' }),
    ended: t.exposeStringList('ended', { description: 'Earlier waves’ ties no longer reported: ended on this wave’s date' }),
    tieKeys: t.exposeStringList('tieKeys', { description: 'Ties this respondent reports in this wave' }),
    newOrganisationKeys: t.exposeStringList('newOrganisationKeys'),
  }),
});

// ------------------------------------------------------------------ inputs

const OpenWaveInput = builder.inputType('OpenSurveyWaveInput', {
  fields: (t) => ({
    name: t.string({ required: true }),
    areaKey: t.string({ required: false, description: 'Survey the organisations of this area (and its sub-areas)...' }),
    bodyKey: t.string({ required: false, description: '...or the members of this partnership body' }),
    date: t.field({ type: 'Date', required: true, description: 'The date the answers describe: ties start on it' }),
    closesOn: t.field({ type: 'Date', required: true }),
  }),
});

const NewPartnerInput = builder.inputType('SurveyNewPartnerInput', {
  fields: (t) => ({ name: t.string({ required: true }), sectorKey: t.string({ required: true }) }),
});

const AnswerInput = builder.inputType('SurveyAnswerInput', {
  fields: (t) => ({
    partnerKey: t.string({ required: false, description: 'An organisation of the roster...' }),
    newPartner: t.field({ type: NewPartnerInput, required: false, description: '...or one missing from it' }),
    kinds: t.field({ type: [TieKindEnum], required: true }),
    frequency: t.field({ type: FrequencyEnum, required: true }),
    trust: t.int({ required: false, description: '1 (low) to 4 (high)' }),
    value: t.int({ required: false, description: '1 (low) to 4 (high)' }),
  }),
});

const ResponseInput = builder.inputType('SurveyResponseInput', {
  fields: (t) => ({ answers: t.field({ type: [AnswerInput], required: true }) }),
});

// ------------------------------------------------------------------ fields

builder.queryFields((t) => ({
  surveyWave: t.field({
    type: SurveyWaveRef,
    nullable: true,
    args: { key: t.arg.string({ required: true }) },
    resolve: async (_root, args, ctx) => (await surveyWavesByKeys(ctx.db, [args.key]))[0] ?? null,
  }),
  surveyWaves: t.field({
    type: [SurveyWaveRef],
    description: 'Survey waves, newest first, optionally for one area or body',
    args: { areaKey: t.arg.string({ required: false }), bodyKey: t.arg.string({ required: false }) },
    resolve: (_root, args, ctx) => listSurveyWaves(ctx.db, { areaId: args.areaKey ?? null, bodyId: args.bodyKey ?? null }),
  }),
  compareSurveyWaves: t.field({
    type: WaveComparisonRef,
    description: 'What appeared and ended between two waves of the same network (compareNetworks between their dates)',
    args: { a: t.arg.string({ required: true }), b: t.arg.string({ required: true }) },
    resolve: (_root, args, ctx) => compareSurveyWaves(ctx.db, args.a, args.b),
  }),
  surveyByToken: t.field({
    type: SurveyFormRef,
    description: 'PUBLIC: the survey a private link opens. Refused (FORBIDDEN) when the token is unknown or the wave has closed',
    args: { token: t.arg.string({ required: true }) },
    resolve: (_root, args, ctx) => surveyFormByToken(ctx.db, args.token),
  }),
}));

builder.mutationFields((t) => ({
  openSurveyWave: t.field({
    type: OpenedWaveRef,
    errors: { types: MUTATION_ERRORS },
    description: 'Opens a survey wave: one invitation per member organisation, each link returned once',
    args: {
      input: t.arg({ type: OpenWaveInput, required: true }),
      baseUrl: t.arg.string({ required: false, description: 'e.g. https://cyswllt.example: makes the links absolute' }),
    },
    resolve: (_root, args, ctx) =>
      openSurveyWave(
        ctx.db,
        { name: args.input.name, areaId: args.input.areaKey ?? null, bodyId: args.input.bodyKey ?? null, date: isoDate(args.input.date)!, closesOn: isoDate(args.input.closesOn)! },
        ctx.actor,
        args.baseUrl,
      ),
  }),
  remindNonRespondents: t.field({
    type: [ReminderRef],
    errors: { types: MUTATION_ERRORS },
    description: 'Records a reminder for each invitation not yet answered; returns fresh links and the text to send',
    args: { waveKey: t.arg.string({ required: true }), baseUrl: t.arg.string({ required: false }) },
    resolve: (_root, args, ctx) => remindNonRespondents(ctx.db, args.waveKey, ctx.actor, args.baseUrl),
  }),
  closeSurveyWave: t.field({
    type: SurveyWaveRef,
    errors: { types: MUTATION_ERRORS },
    description: 'Closes a wave: its links stop working; the ties reported stay',
    args: { waveKey: t.arg.string({ required: true }) },
    resolve: (_root, args, ctx) => closeSurveyWave(ctx.db, args.waveKey, ctx.actor),
  }),
  submitSurveyResponse: t.field({
    type: SubmissionResultRef,
    errors: { types: MUTATION_ERRORS },
    description: 'PUBLIC: a respondent’s answers, authorised by the link’s token alone; resubmitting replaces them',
    args: { token: t.arg.string({ required: true }), input: t.arg({ type: ResponseInput, required: true }) },
    resolve: (_root, args, _ctx) =>
      submitSurveyResponse(_ctx.db, args.token, {
        answers: args.input.answers.map((a) => ({
          partnerKey: a.partnerKey ?? null,
          newPartner: a.newPartner ? { name: a.newPartner.name, sectorId: a.newPartner.sectorKey } : null,
          kinds: a.kinds,
          frequency: a.frequency,
          trust: a.trust ?? null,
          value: a.value ?? null,
        })),
      }),
  }),
}));
