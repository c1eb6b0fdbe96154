/** Ties between organisations, with their queries and mutations. */
import { isoDate } from '../domain/dates.ts';
import { NotFoundError } from '../domain/errors.ts';
import { TIE_KINDS, TIE_SOURCES } from '../domain/model.ts';
import {
  createTie,
  endTie,
  listTies,
  tieKeysOfOrganisations,
  tiesByKeys,
  updateTie,
  upsertTies,
  type TieRecord,
} from '../services/ties.ts';
import { builder } from './builder.ts';
import { addHistoryField } from './change.ts';
import { MUTATION_ERRORS } from './errors.ts';
import { OrganisationRef } from './organisation.ts';
import { keyedConnection } from './paging.ts';

export const TieKindEnum = builder.enumType('TieKind', { values: TIE_KINDS });
export const TieSourceEnum = builder.enumType('TieSource', { values: TIE_SOURCES });

export const TieRef = builder.loadableNode('Tie', {
  description: 'A working relationship between two organisations (undirected for analysis)',
  id: { resolve: (t: TieRecord) => t.id },
  load: async (keys: string[], ctx) => (await tiesByKeys(ctx.db, keys)).map((t, i) => t ?? new NotFoundError('Tie', keys[i]!)),
  fields: (t) => ({
    key: t.exposeString('id'),
    source: t.field({ type: OrganisationRef, resolve: (tie) => tie.sourceId }),
    target: t.field({ type: OrganisationRef, resolve: (tie) => tie.targetId }),
    kind: t.field({ type: TieKindEnum, resolve: (tie) => tie.kind as (typeof TIE_KINDS)[number] }),
    origin: t.field({ type: TieSourceEnum, description: 'How it was recorded', resolve: (tie) => tie.source as (typeof TIE_SOURCES)[number] }),
    trust: t.exposeInt('trust', { nullable: true, description: '1 (low) to 4 (high)' }),
    value: t.exposeInt('value', { nullable: true, description: '1 (low) to 4 (high)' }),
    since: t.expose('since', { type: 'Date', nullable: true }),
    until: t.expose('until', { type: 'Date', nullable: true }),
    note: t.exposeString('note', { nullable: true }),
    version: t.exposeInt('version'),
    recordedAt: t.expose('recordedAt', { type: 'DateTime', nullable: true }),
    recordedBy: t.exposeString('recordedBy', { nullable: true }),
  }),
});
addHistoryField(TieRef);

builder.objectField(OrganisationRef, 'ties', (t) =>
  t.loadableList({
    type: TieRef,
    description: 'Ties active on asOf (default today), either direction',
    args: { asOf: t.arg({ type: 'Date', required: false }) },
    byPath: true,
    load: (keys: string[], ctx, args) => tieKeysOfOrganisations(ctx.db, keys, isoDate(args.asOf)),
    resolve: (o) => o.id,
  }),
);

const TieFilterInput = builder.inputType('TieFilter', {
  fields: (t) => ({
    kinds: t.field({ type: [TieKindEnum], required: false }),
    origins: t.field({ type: [TieSourceEnum], required: false }),
    organisationKey: t.string({ required: false, description: 'Ties of this organisation' }),
    activeFrom: t.field({ type: 'Date', required: false, description: 'With activeTo: ties active at any time in [activeFrom, activeTo), instead of as of asOf' }),
    activeTo: t.field({ type: 'Date', required: false }),
  }),
});

const TieInput = builder.inputType('TieInput', {
  fields: (t) => ({
    key: t.string({ required: false, description: 'Stable key; generated when absent (required for upsert)' }),
    sourceKey: t.string({ required: true }),
    targetKey: t.string({ required: true }),
    kind: t.field({ type: TieKindEnum, required: true }),
    origin: t.field({ type: TieSourceEnum, required: false, description: 'Default: coordinator' }),
    trust: t.int({ required: false }),
    value: t.int({ required: false }),
    since: t.field({ type: 'Date', required: false }),
    until: t.field({ type: 'Date', required: false }),
    note: t.string({ required: false }),
  }),
});

function toServiceInput(input: typeof TieInput.$inferInput) {
  return {
    id: input.key ?? null,
    sourceId: input.sourceKey,
    targetId: input.targetKey,
    kind: input.kind,
    source: input.origin ?? 'coordinator',
    trust: input.trust ?? null,
    value: input.value ?? null,
    since: isoDate(input.since),
    until: isoDate(input.until),
    note: input.note ?? null,
  };
}

const TieUpsertSummaryRef = builder.objectRef<{ created: string[]; updated: string[]; unchanged: string[] }>('TieUpsertSummary').implement({
  fields: (t) => ({
    created: t.exposeStringList('created'),
    updated: t.exposeStringList('updated'),
    unchanged: t.exposeStringList('unchanged'),
  }),
});

builder.queryFields((t) => ({
  tie: t.field({
    type: TieRef,
    nullable: true,
    args: { key: t.arg.string({ required: true }) },
    resolve: async (_root, args, ctx) => (await tiesByKeys(ctx.db, [args.key]))[0] ?? null,
  }),
  ties: t.connection({
    type: TieRef,
    description: 'Ties active as of a date (default today) or over a date range, filtered by kind and origin',
    args: { filter: t.arg({ type: TieFilterInput, required: false }), asOf: t.arg({ type: 'Date', required: false }) },
    resolve: (_root, args, ctx) =>
      keyedConnection(
        args,
        (page) =>
          listTies(
            ctx.db,
            {
              kinds: args.filter?.kinds ?? null,
              sources: args.filter?.origins ?? null,
              organisationId: args.filter?.organisationKey ?? null,
              from: isoDate(args.filter?.activeFrom),
              to: isoDate(args.filter?.activeTo),
            },
            isoDate(args.asOf),
            page,
          ),
        async (keys) => (await TieRef.getDataloader(ctx).loadMany(keys)).filter((x): x is TieRecord => !(x instanceof Error)),
        (x) => x.id,
      ),
  }),
}));

builder.mutationFields((t) => ({
  recordTie: t.field({
    type: TieRef,
    errors: { types: MUTATION_ERRORS },
    description: 'Records a new tie between two organisations',
    args: { input: t.arg({ type: TieInput, required: true }), reason: t.arg.string({ required: false }) },
    resolve: (_root, args, ctx) => createTie(ctx.db, toServiceInput(args.input), ctx.actor, args.reason),
  }),
  updateTie: t.field({
    type: TieRef,
    errors: { types: MUTATION_ERRORS },
    args: {
      input: t.arg({ type: TieInput, required: true }),
      version: t.arg.int({ required: true }),
      reason: t.arg.string({ required: false }),
    },
    resolve: (_root, args, ctx) => {
      const input = toServiceInput(args.input);
      return updateTie(ctx.db, { ...input, id: input.id ?? '' }, args.version, ctx.actor, args.reason);
    },
  }),
  endTie: t.field({
    type: TieRef,
    errors: { types: MUTATION_ERRORS },
    description: 'Ends a tie on a date; it stays visible as of earlier dates',
    args: {
      key: t.arg.string({ required: true }),
      until: t.arg({ type: 'Date', required: true }),
      version: t.arg.int({ required: true }),
      reason: t.arg.string({ required: false }),
    },
    resolve: (_root, args, ctx) => endTie(ctx.db, args.key, isoDate(args.until)!, args.version, ctx.actor, args.reason),
  }),
  upsertTies: t.field({
    type: TieUpsertSummaryRef,
    errors: { types: MUTATION_ERRORS },
    description: 'Creates or updates ties by key in one transaction; the same call twice changes nothing',
    args: { inputs: t.arg({ type: [TieInput], required: true }), reason: t.arg.string({ required: false }) },
    resolve: (_root, args, ctx) =>
      upsertTies(ctx.db, args.inputs.map((i) => { const s = toServiceInput(i); return { ...s, id: s.id ?? '' }; }), ctx.actor, args.reason),
  }),
}));
