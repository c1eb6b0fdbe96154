/** The brokerage pipeline: introductions, their moves, the board and brokerage statistics. */
import { isoDate, todayIso } from '../domain/dates.ts';
import { NotFoundError } from '../domain/errors.ts';
import { INTRODUCTION_STATUSES } from '../domain/model.ts';
import {
  brokerageStats,
  brokerIntroduction,
  introductionBoard,
  introductionsByKeys,
  listIntroductions,
  moveIntroduction,
  recordCollaborationFromIntroduction,
  statusOn,
  TRANSITIONS,
  type BoardColumn,
  type BrokerageStats,
  type IntroductionEventRecord,
  type IntroductionRecord,
} from '../services/introductions.ts';
import { builder } from './builder.ts';
import { addHistoryField } from './change.ts';
import { CollaborationRef } from './collaboration.ts';
import { MUTATION_ERRORS } from './errors.ts';
import { OrganisationRef } from './organisation.ts';
import { keyedConnection } from './paging.ts';
import { PersonRef } from './person.ts';

export const IntroductionStatusEnum = builder.enumType('IntroductionStatus', {
  values: INTRODUCTION_STATUSES,
  description: 'suggested -> introduced -> meeting_held -> collaborating; declined or lapsed from any open state',
});

const IntroductionEventRef = builder.objectRef<IntroductionEventRecord>('IntroductionEvent').implement({
  description: 'One move of an introduction through the pipeline',
  fields: (t) => ({
    seq: t.exposeInt('seq'),
    status: t.field({ type: IntroductionStatusEnum, resolve: (e) => e.status }),
    at: t.expose('at', { type: 'Date' }),
    note: t.exposeString('note', { nullable: true }),
    by: t.field({ type: PersonRef, nullable: true, resolve: (e) => e.byId }),
  }),
});

export const IntroductionRef = builder.loadableNode('Introduction', {
  description: 'A brokered introduction between two organisations, and what came of it',
  id: { resolve: (i: IntroductionRecord) => i.id },
  load: async (keys: string[], ctx) =>
    (await introductionsByKeys(ctx.db, keys)).map((x, i) => x ?? new NotFoundError('Introduction', keys[i]!)),
  fields: (t) => ({
    key: t.exposeString('id'),
    organisations: t.field({ type: [OrganisationRef], description: 'The two organisations introduced, in key order', resolve: (i) => i.organisationIds }),
    broker: t.field({ type: PersonRef, nullable: true, resolve: (i) => i.brokerId }),
    introducer: t.field({ type: OrganisationRef, nullable: true, description: 'The organisation that made the introduction (VIA)', resolve: (i) => i.introducerId }),
    status: t.field({ type: IntroductionStatusEnum, resolve: (i) => i.status }),
    nextStatuses: t.field({
      type: [IntroductionStatusEnum],
      description: 'The statuses it may move to from its status now (empty when that is final)',
      resolve: (i) => [...TRANSITIONS[i.status]],
    }),
    statusSince: t.expose('statusSince', { type: 'Date', nullable: true }),
    statusAsOf: t.field({
      type: IntroductionStatusEnum,
      nullable: true,
      description: 'The status on a date (null before the introduction was made)',
      args: { asOf: t.arg({ type: 'Date', required: true }) },
      resolve: (i, args) => statusOn(i, isoDate(args.asOf) ?? todayIso()),
    }),
    events: t.field({ type: [IntroductionEventRef], description: 'Every move, in order', resolve: (i) => i.events }),
    note: t.exposeString('note', { nullable: true }),
    suggestionEvidence: t.exposeString('suggestionEvidence', { nullable: true, description: 'Why it was suggested (from the suggestion engine)' }),
    outcome: t.exposeString('outcome', { nullable: true }),
    collaboration: t.field({
      type: CollaborationRef,
      nullable: true,
      description: 'The collaboration that followed, if any',
      resolve: (i) => i.collaborationIds[0] ?? null,
    }),
    version: t.exposeInt('version'),
  }),
});
addHistoryField(IntroductionRef);

builder.objectField(CollaborationRef, 'introduction', (t) =>
  t.field({ type: IntroductionRef, nullable: true, description: 'The introduction it followed (FOLLOWED)', resolve: (c) => c.introductionId }),
);

const IntroductionFilterInput = builder.inputType('IntroductionFilter', {
  fields: (t) => ({
    status: t.field({ type: [IntroductionStatusEnum], required: false, description: 'Status on the asOf date' }),
    brokerKey: t.string({ required: false }),
    areaKey: t.string({ required: false, description: 'Either organisation is in this area or one of its sub-areas' }),
    organisationKey: t.string({ required: false }),
  }),
});

const BoardColumnRef = builder.objectRef<BoardColumn>('IntroductionBoardColumn').implement({
  fields: (t) => ({
    status: t.field({ type: IntroductionStatusEnum, resolve: (c) => c.status }),
    count: t.exposeInt('count'),
    introductions: t.field({ type: [IntroductionRef], description: 'Most recently moved first', resolve: (c) => c.keys }),
  }),
});

const BrokerageStatsRef = builder.objectRef<BrokerageStats>('BrokerageStats').implement({
  description: 'Outcomes of introductions made in a period: how many, how many became collaborations, how fast, how cross-sector',
  fields: (t) => ({
    made: t.exposeInt('made', { description: 'Introductions whose first event falls in [from, to]' }),
    converted: t.exposeInt('converted', { description: 'Of those, how many reached collaborating' }),
    conversionRate: t.exposeFloat('conversionRate', { nullable: true, description: 'converted / made; null when none were made' }),
    medianDaysToConvert: t.exposeFloat('medianDaysToConvert', { nullable: true, description: 'Median days from first event to collaborating' }),
    crossSector: t.exposeInt('crossSector', { description: 'Introductions made between organisations in different sectors' }),
    crossSectorShare: t.exposeFloat('crossSectorShare', { nullable: true, description: 'crossSector / made' }),
    open: t.exposeInt('open', { description: 'Still suggested, introduced or meeting_held' }),
    declined: t.exposeInt('declined'),
    lapsed: t.exposeInt('lapsed'),
  }),
});

const CollaborationFromIntroductionRef = builder
  .objectRef<{ introduction: IntroductionRecord; collaboration: unknown }>('CollaborationFromIntroduction')
  .implement({
    fields: (t) => ({
      introduction: t.field({ type: IntroductionRef, resolve: (r) => r.introduction }),
      collaboration: t.field({ type: CollaborationRef, resolve: (r) => r.collaboration as never }),
    }),
  });

builder.queryFields((t) => ({
  introduction: t.field({
    type: IntroductionRef,
    nullable: true,
    args: { key: t.arg.string({ required: true }) },
    resolve: async (_root, args, ctx) => (await introductionsByKeys(ctx.db, [args.key]))[0] ?? null,
  }),
  introductions: t.connection({
    type: IntroductionRef,
    description: 'Introductions that existed on a date (default today), filtered by their status on that date',
    args: { filter: t.arg({ type: IntroductionFilterInput, required: false }), asOf: t.arg({ type: 'Date', required: false }) },
    resolve: (_root, args, ctx) =>
      keyedConnection(
        args,
        (page) =>
          listIntroductions(
            ctx.db,
            {
              statuses: args.filter?.status ?? null,
              brokerId: args.filter?.brokerKey ?? null,
              areaId: args.filter?.areaKey ?? null,
              organisationId: args.filter?.organisationKey ?? null,
            },
            isoDate(args.asOf),
            page,
          ),
        async (keys) => (await IntroductionRef.getDataloader(ctx).loadMany(keys)).filter((x): x is IntroductionRecord => !(x instanceof Error)),
        (x) => x.id,
      ),
  }),
  introductionBoard: t.field({
    type: [BoardColumnRef],
    description: 'The pipeline: one column per status (in pipeline order) with the introductions now in it',
    args: { brokerKey: t.arg.string({ required: false }), areaKey: t.arg.string({ required: false }) },
    resolve: (_root, args, ctx) => introductionBoard(ctx.db, args.brokerKey ?? null, args.areaKey ?? null),
  }),
  brokerageStats: t.field({
    type: BrokerageStatsRef,
    description: 'Introductions made between from and to (inclusive, either optional): conversion, time to convert, cross-sector share',
    args: {
      brokerKey: t.arg.string({ required: false }),
      areaKey: t.arg.string({ required: false }),
      from: t.arg({ type: 'Date', required: false }),
      to: t.arg({ type: 'Date', required: false }),
    },
    resolve: (_root, args, ctx) =>
      brokerageStats(ctx.db, { brokerId: args.brokerKey ?? null, areaId: args.areaKey ?? null, from: isoDate(args.from), to: isoDate(args.to) }),
  }),
}));

builder.mutationFields((t) => ({
  brokerIntroduction: t.field({
    type: IntroductionRef,
    errors: { types: MUTATION_ERRORS },
    description:
      'Records an introduction between two organisations, brokered by a person, optionally via an introducing organisation. ' +
      'Refused (ConflictError duplicate) when they already have an open tie or an open introduction.',
    args: {
      organisationKeys: t.arg.stringList({ required: true }),
      brokerKey: t.arg.string({ required: true }),
      introducerKey: t.arg.string({ required: false }),
      note: t.arg.string({ required: false }),
      suggestionEvidence: t.arg.string({ required: false }),
      status: t.arg({ type: IntroductionStatusEnum, required: false, description: 'suggested (default) or introduced' }),
      at: t.arg({ type: 'Date', required: false, description: 'Default today' }),
      reason: t.arg.string({ required: false }),
    },
    resolve: (_root, args, ctx) =>
      brokerIntroduction(
        ctx.db,
        {
          organisationIds: args.organisationKeys,
          brokerId: args.brokerKey,
          introducerId: args.introducerKey ?? null,
          note: args.note ?? null,
          suggestionEvidence: args.suggestionEvidence ?? null,
          status: (args.status ?? 'suggested') as 'suggested',
          at: isoDate(args.at),
        },
        ctx.actor,
        args.reason,
      ),
  }),
  moveIntroduction: t.field({
    type: IntroductionRef,
    errors: { types: MUTATION_ERRORS },
    description: 'Moves an introduction to a new status; an impossible move is a ConflictError with reason invalid_transition',
    args: {
      key: t.arg.string({ required: true }),
      status: t.arg({ type: IntroductionStatusEnum, required: true }),
      at: t.arg({ type: 'Date', required: false, description: 'Default today' }),
      note: t.arg.string({ required: false }),
      byKey: t.arg.string({ required: false, description: 'The person who moved it' }),
      version: t.arg.int({ required: true }),
      reason: t.arg.string({ required: false }),
    },
    resolve: (_root, args, ctx) =>
      moveIntroduction(
        ctx.db,
        { key: args.key, status: args.status, at: isoDate(args.at), note: args.note ?? null, byId: args.byKey ?? null },
        args.version,
        ctx.actor,
        args.reason,
      ),
  }),
  recordCollaborationFromIntroduction: t.field({
    type: CollaborationFromIntroductionRef,
    errors: { types: MUTATION_ERRORS },
    description:
      'In one transaction: creates the collaboration that followed an introduction (its two organisations as partners, FOLLOWED the introduction) and moves the introduction to collaborating',
    args: {
      introductionKey: t.arg.string({ required: true }),
      version: t.arg.int({ required: true, description: 'The introduction\'s version' }),
      name: t.arg.string({ required: true }),
      description: t.arg.string({ required: false }),
      themeKeys: t.arg.stringList({ required: false }),
      areaKeys: t.arg.stringList({ required: false }),
      extraPartnerKeys: t.arg.stringList({ required: false }),
      since: t.arg({ type: 'Date', required: false, description: 'Default today' }),
      byKey: t.arg.string({ required: false }),
      reason: t.arg.string({ required: false }),
    },
    resolve: (_root, args, ctx) =>
      recordCollaborationFromIntroduction(
        ctx.db,
        args.introductionKey,
        args.version,
        {
          name: args.name,
          description: args.description ?? null,
          themeIds: args.themeKeys ?? [],
          areaIds: args.areaKeys ?? [],
          partnerIds: args.extraPartnerKeys ?? [],
          since: isoDate(args.since),
        },
        args.byKey ?? null,
        ctx.actor,
        args.reason,
      ),
  }),
}));
