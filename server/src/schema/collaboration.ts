/** Collaborations (projects): partners, themes and Fusion indicators, areas, dates, the introduction they followed. */
import { isoDate } from '../domain/dates.ts';
import { NotFoundError } from '../domain/errors.ts';
import {
  addPartner,
  collaborationKeysOfOrganisations,
  collaborationsByKeys,
  createCollaboration,
  endCollaboration,
  listCollaborations,
  updateCollaboration,
  type CollaborationRecord,
} from '../services/collaborations.ts';
import { builder } from './builder.ts';
import { addHistoryField } from './change.ts';
import { MUTATION_ERRORS } from './errors.ts';
import { OrganisationRef } from './organisation.ts';
import { keyedConnection } from './paging.ts';
import { AreaRef, ThemeRef } from './reference.ts';

export const CollaborationRef = builder.loadableNode('Collaboration', {
  description: 'A project or partnership in which organisations work together',
  id: { resolve: (c: CollaborationRecord) => c.id },
  load: async (keys: string[], ctx) =>
    (await collaborationsByKeys(ctx.db, keys)).map((c, i) => c ?? new NotFoundError('Collaboration', keys[i]!)),
  fields: (t) => ({
    key: t.exposeString('id'),
    name: t.exposeString('name'),
    description: t.exposeString('description', { nullable: true }),
    since: t.expose('since', { type: 'Date', nullable: true }),
    until: t.expose('until', { type: 'Date', nullable: true }),
    version: t.exposeInt('version'),
    partners: t.field({ type: [OrganisationRef], resolve: (c) => c.partnerIds }),
    themes: t.field({ type: [ThemeRef], description: 'Themes it addresses, including Fusion indicators F1-F8', resolve: (c) => c.themeIds }),
    areas: t.field({ type: [AreaRef], resolve: (c) => c.areaIds }),
  }),
});
addHistoryField(CollaborationRef);

builder.objectField(OrganisationRef, 'collaborations', (t) =>
  t.loadableList({
    type: CollaborationRef,
    description: 'Collaborations the organisation is a partner in, active on asOf (default today)',
    args: { asOf: t.arg({ type: 'Date', required: false }) },
    byPath: true,
    load: (keys: string[], ctx, args) => collaborationKeysOfOrganisations(ctx.db, keys, isoDate(args.asOf)),
    resolve: (o) => o.id,
  }),
);

const CollaborationFilterInput = builder.inputType('CollaborationFilter', {
  fields: (t) => ({
    partnerKey: t.string({ required: false }),
    themeKey: t.string({ required: false }),
    areaKey: t.string({ required: false, description: 'In this area or one of its sub-areas' }),
    text: t.string({ required: false, description: 'Part of the name' }),
  }),
});

export const CollaborationInput = builder.inputType('CollaborationInput', {
  fields: (t) => ({
    key: t.string({ required: false, description: 'Stable key; generated when absent on create' }),
    name: t.string({ required: true }),
    description: t.string({ required: false }),
    since: t.field({ type: 'Date', required: false }),
    until: t.field({ type: 'Date', required: false }),
    partnerKeys: t.stringList({ required: true }),
    themeKeys: t.stringList({ required: false }),
    areaKeys: t.stringList({ required: false }),
  }),
});

function toServiceInput(input: typeof CollaborationInput.$inferInput) {
  return {
    id: input.key ?? null,
    name: input.name,
    description: input.description ?? null,
    since: isoDate(input.since),
    until: isoDate(input.until),
    partnerIds: input.partnerKeys,
    themeIds: input.themeKeys ?? [],
    areaIds: input.areaKeys ?? [],
  };
}

builder.queryFields((t) => ({
  collaboration: t.field({
    type: CollaborationRef,
    nullable: true,
    args: { key: t.arg.string({ required: true }) },
    resolve: async (_root, args, ctx) => (await collaborationsByKeys(ctx.db, [args.key]))[0] ?? null,
  }),
  collaborations: t.connection({
    type: CollaborationRef,
    description: 'Collaborations active on a date (default today), ordered by key',
    args: { filter: t.arg({ type: CollaborationFilterInput, required: false }), asOf: t.arg({ type: 'Date', required: false }) },
    resolve: (_root, args, ctx) =>
      keyedConnection(
        args,
        (page) =>
          listCollaborations(
            ctx.db,
            {
              partnerId: args.filter?.partnerKey ?? null,
              themeId: args.filter?.themeKey ?? null,
              areaId: args.filter?.areaKey ?? null,
              text: args.filter?.text ?? null,
            },
            isoDate(args.asOf),
            page,
          ),
        async (keys) => (await CollaborationRef.getDataloader(ctx).loadMany(keys)).filter((x): x is CollaborationRecord => !(x instanceof Error)),
        (x) => x.id,
      ),
  }),
}));

builder.mutationFields((t) => ({
  createCollaboration: t.field({
    type: CollaborationRef,
    errors: { types: MUTATION_ERRORS },
    args: { input: t.arg({ type: CollaborationInput, required: true }), reason: t.arg.string({ required: false }) },
    resolve: (_root, args, ctx) => createCollaboration(ctx.db, toServiceInput(args.input), ctx.actor, args.reason),
  }),
  updateCollaboration: t.field({
    type: CollaborationRef,
    errors: { types: MUTATION_ERRORS },
    description: 'Replaces fields, partners, themes and areas; refused if `version` is stale',
    args: { input: t.arg({ type: CollaborationInput, required: true }), version: t.arg.int({ required: true }), reason: t.arg.string({ required: false }) },
    resolve: (_root, args, ctx) => {
      const input = toServiceInput(args.input);
      return updateCollaboration(ctx.db, { ...input, id: input.id ?? '' }, args.version, ctx.actor, args.reason);
    },
  }),
  endCollaboration: t.field({
    type: CollaborationRef,
    errors: { types: MUTATION_ERRORS },
    args: {
      key: t.arg.string({ required: true }),
      until: t.arg({ type: 'Date', required: true }),
      version: t.arg.int({ required: true }),
      reason: t.arg.string({ required: false }),
    },
    resolve: (_root, args, ctx) => endCollaboration(ctx.db, args.key, isoDate(args.until)!, args.version, ctx.actor, args.reason),
  }),
  addPartner: t.field({
    type: CollaborationRef,
    errors: { types: MUTATION_ERRORS },
    args: {
      key: t.arg.string({ required: true }),
      organisationKey: t.arg.string({ required: true }),
      version: t.arg.int({ required: true }),
      reason: t.arg.string({ required: false }),
    },
    resolve: (_root, args, ctx) => addPartner(ctx.db, args.key, args.organisationKey, args.version, ctx.actor, args.reason),
  }),
}));
