/** Bodies (PSB/LSB, sub-groups, fora, partnerships, programmes, networks), their lineage and members. */
import { isoDate, todayIso } from '../domain/dates.ts';
import { NotFoundError } from '../domain/errors.ts';
import { BODY_TYPES } from '../domain/model.ts';
import {
  addMember,
  BODY_STATUSES,
  bodiesByKeys,
  bodyValidOn,
  createBody,
  endBody,
  endMembership,
  lineages,
  listBodies,
  membersOfBodies,
  membershipsOfOrganisations,
  replaceBody,
  updateBody,
  type BodyRecord,
  type MembershipRecord,
} from '../services/bodies.ts';
import { builder } from './builder.ts';
import { addHistoryField } from './change.ts';
import { MUTATION_ERRORS } from './errors.ts';
import { OrganisationRef } from './organisation.ts';
import { keyedConnection } from './paging.ts';
import { PersonRef } from './person.ts';
import { AreaRef, SectorRef, ThemeRef } from './reference.ts';

export const BodyTypeEnum = builder.enumType('BodyType', { values: BODY_TYPES });
export const BodyStatusEnum = builder.enumType('BodyStatus', { values: BODY_STATUSES });

export const BodyRef = builder.loadableNode('Body', {
  description: 'A PSB/LSB, sub-group, forum, partnership, programme or network; valid from validFrom to validTo',
  id: { resolve: (b: BodyRecord) => b.id },
  load: async (keys: string[], ctx) => (await bodiesByKeys(ctx.db, keys)).map((b, i) => b ?? new NotFoundError('Body', keys[i]!)),
  fields: (t) => ({
    key: t.exposeString('id'),
    name: t.exposeString('name'),
    nameCy: t.exposeString('nameCy', { nullable: true, description: 'Welsh name' }),
    type: t.field({ type: BodyTypeEnum, resolve: (b) => b.type as (typeof BODY_TYPES)[number] }),
    status: t.field({ type: BodyStatusEnum, resolve: (b) => b.status as (typeof BODY_STATUSES)[number] }),
    validFrom: t.expose('validFrom', { type: 'Date', nullable: true }),
    validTo: t.expose('validTo', { type: 'Date', nullable: true, description: 'Set when the body lapsed or was replaced' }),
    version: t.exposeInt('version'),
    owner: t.field({ type: OrganisationRef, nullable: true, description: 'Lead or owning organisation', resolve: (b) => b.ownerId }),
    areas: t.field({ type: [AreaRef], description: 'Areas it covers', resolve: (b) => b.areaIds }),
    themes: t.field({ type: [ThemeRef], resolve: (b) => b.themeIds }),
    coordinators: t.field({ type: [PersonRef], description: 'People paid to coordinate it', resolve: (b) => b.coordinatorIds }),
    expectedSectors: t.field({
      type: [SectorRef],
      description: 'The sector mix it should have: composition gaps compare members against this',
      resolve: (b) => b.expectedSectorIds,
    }),
  }),
});
addHistoryField(BodyRef);

builder.objectFields(BodyRef, (t) => ({
  parent: t.field({ type: BodyRef, nullable: true, description: 'The body this one is a sub-group of', resolve: (b) => b.parentId }),
  predecessor: t.field({ type: BodyRef, nullable: true, description: 'The body this one replaced (SUCCESSOR_OF)', resolve: (b) => b.predecessorId }),
  successors: t.field({ type: [BodyRef], description: 'Bodies that replaced this one', resolve: (b) => b.successorIds }),
  lineage: t.loadableList({
    type: BodyRef,
    description: 'Predecessors, nearest first, back to the first body of the line',
    load: (keys: string[], ctx) => lineages(ctx.db, keys),
    resolve: (b) => b.id,
  }),
  subGroups: t.field({
    type: [BodyRef],
    description: 'Bodies that are part of this one and valid on asOf (default today)',
    args: { asOf: t.arg({ type: 'Date', required: false }) },
    resolve: async (b, args, ctx) => {
      const date = isoDate(args.asOf) ?? todayIso();
      const loaded = await BodyRef.getDataloader(ctx).loadMany(b.subGroupIds);
      return loaded.filter((x): x is BodyRecord => !(x instanceof Error) && bodyValidOn(x, date)).sort((x, y) => x.id.localeCompare(y.id));
    },
  }),
}));

export const MembershipRef = builder.objectRef<MembershipRecord>('Membership').implement({
  description: 'An organisation belonging to a body for a period, and who brought it in',
  fields: (t) => ({
    organisation: t.field({ type: OrganisationRef, resolve: (m) => m.organisationId }),
    body: t.field({ type: BodyRef, resolve: (m) => m.bodyId }),
    since: t.expose('since', { type: 'Date', nullable: true }),
    until: t.expose('until', { type: 'Date', nullable: true }),
    broughtBy: t.field({ type: OrganisationRef, nullable: true, description: 'The member that brought this one in', resolve: (m) => m.broughtById }),
  }),
});

builder.objectField(BodyRef, 'members', (t) =>
  t.loadableList({
    type: MembershipRef,
    description: 'Members on asOf (default today); with all: true, every membership period ever',
    args: { asOf: t.arg({ type: 'Date', required: false }), all: t.arg.boolean({ required: false }) },
    byPath: true,
    load: (keys: string[], ctx, args) => membersOfBodies(ctx.db, keys, isoDate(args.asOf), args.all ?? false),
    resolve: (b) => b.id,
  }),
);

builder.objectField(OrganisationRef, 'memberships', (t) =>
  t.loadableList({
    type: MembershipRef,
    description: 'Bodies the organisation belongs to on asOf (default today)',
    args: { asOf: t.arg({ type: 'Date', required: false }) },
    byPath: true,
    load: (keys: string[], ctx, args) => membershipsOfOrganisations(ctx.db, keys, isoDate(args.asOf)),
    resolve: (o) => o.id,
  }),
);

const BodyFilterInput = builder.inputType('BodyFilter', {
  fields: (t) => ({
    types: t.field({ type: [BodyTypeEnum], required: false }),
    statuses: t.field({ type: [BodyStatusEnum], required: false }),
    areaKey: t.string({ required: false, description: 'Covers this area or one of its sub-areas' }),
    parentKey: t.string({ required: false, description: 'Sub-groups of this body' }),
    text: t.string({ required: false, description: 'Part of the English or Welsh name' }),
  }),
});

const BodyInput = builder.inputType('BodyInput', {
  fields: (t) => ({
    key: t.string({ required: false, description: 'Stable key; generated when absent on create' }),
    name: t.string({ required: true }),
    nameCy: t.string({ required: false }),
    type: t.field({ type: BodyTypeEnum, required: true }),
    status: t.field({ type: BodyStatusEnum, required: false, description: 'Default: active' }),
    validFrom: t.field({ type: 'Date', required: false }),
    validTo: t.field({ type: 'Date', required: false }),
    parentKey: t.string({ required: false }),
    predecessorKey: t.string({ required: false, description: 'Create only: the body this one replaces (see also replaceBody)' }),
    ownerKey: t.string({ required: false }),
    areaKeys: t.stringList({ required: false }),
    themeKeys: t.stringList({ required: false }),
    coordinatorKeys: t.stringList({ required: false, description: 'People' }),
    expectedSectorKeys: t.stringList({ required: false }),
  }),
});

function toServiceInput(input: typeof BodyInput.$inferInput) {
  return {
    id: input.key ?? null,
    name: input.name,
    nameCy: input.nameCy ?? null,
    type: input.type,
    status: input.status ?? 'active',
    validFrom: isoDate(input.validFrom),
    validTo: isoDate(input.validTo),
    parentId: input.parentKey ?? null,
    predecessorId: input.predecessorKey ?? null,
    ownerId: input.ownerKey ?? null,
    areaIds: input.areaKeys ?? [],
    themeIds: input.themeKeys ?? [],
    coordinatorIds: input.coordinatorKeys ?? [],
    expectedSectorIds: input.expectedSectorKeys ?? [],
  };
}

builder.queryFields((t) => ({
  body: t.field({
    type: BodyRef,
    nullable: true,
    args: { key: t.arg.string({ required: true }) },
    resolve: async (_root, args, ctx) => (await bodiesByKeys(ctx.db, [args.key]))[0] ?? null,
  }),
  bodies: t.connection({
    type: BodyRef,
    description: 'Bodies valid on a date (default today), ordered by key',
    args: { filter: t.arg({ type: BodyFilterInput, required: false }), asOf: t.arg({ type: 'Date', required: false }) },
    resolve: (_root, args, ctx) =>
      keyedConnection(
        args,
        (page) =>
          listBodies(
            ctx.db,
            {
              types: args.filter?.types ?? null,
              statuses: args.filter?.statuses ?? null,
              areaId: args.filter?.areaKey ?? null,
              parentId: args.filter?.parentKey ?? null,
              text: args.filter?.text ?? null,
            },
            isoDate(args.asOf),
            page,
          ),
        async (keys) => (await BodyRef.getDataloader(ctx).loadMany(keys)).filter((x): x is BodyRecord => !(x instanceof Error)),
        (x) => x.id,
      ),
  }),
}));

builder.mutationFields((t) => ({
  createBody: t.field({
    type: BodyRef,
    errors: { types: MUTATION_ERRORS },
    args: { input: t.arg({ type: BodyInput, required: true }), reason: t.arg.string({ required: false }) },
    resolve: (_root, args, ctx) => createBody(ctx.db, toServiceInput(args.input), ctx.actor, args.reason),
  }),
  updateBody: t.field({
    type: BodyRef,
    errors: { types: MUTATION_ERRORS },
    description: 'Replaces the body\'s fields and links (not its lineage); refused if `version` is stale',
    args: { input: t.arg({ type: BodyInput, required: true }), version: t.arg.int({ required: true }), reason: t.arg.string({ required: false }) },
    resolve: (_root, args, ctx) => {
      const input = toServiceInput(args.input);
      return updateBody(ctx.db, { ...input, id: input.id ?? '' }, args.version, ctx.actor, args.reason);
    },
  }),
  endBody: t.field({
    type: BodyRef,
    errors: { types: MUTATION_ERRORS },
    description: 'The body lapses on validTo: status lapsed; it stays visible as of earlier dates',
    args: {
      key: t.arg.string({ required: true }),
      validTo: t.arg({ type: 'Date', required: true }),
      version: t.arg.int({ required: true }),
      reason: t.arg.string({ required: false }),
    },
    resolve: (_root, args, ctx) => endBody(ctx.db, args.key, isoDate(args.validTo)!, args.version, ctx.actor, args.reason),
  }),
  replaceBody: t.field({
    type: BodyRef,
    errors: { types: MUTATION_ERRORS },
    description: 'In one transaction: creates the successor (SUCCESSOR_OF the old body, valid from `on`) and ends the old body on `on` with status replaced. Returns the successor.',
    args: {
      key: t.arg.string({ required: true }),
      version: t.arg.int({ required: true }),
      successor: t.arg({ type: BodyInput, required: true }),
      on: t.arg({ type: 'Date', required: false, description: 'Default today' }),
      reason: t.arg.string({ required: false }),
    },
    resolve: (_root, args, ctx) => replaceBody(ctx.db, args.key, args.version, toServiceInput(args.successor), isoDate(args.on), ctx.actor, args.reason),
  }),
  addMember: t.field({
    type: MembershipRef,
    errors: { types: MUTATION_ERRORS },
    description: 'An organisation joins a body, optionally brought in by another member',
    args: {
      bodyKey: t.arg.string({ required: true }),
      organisationKey: t.arg.string({ required: true }),
      since: t.arg({ type: 'Date', required: false }),
      broughtByKey: t.arg.string({ required: false }),
      reason: t.arg.string({ required: false }),
    },
    resolve: (_root, args, ctx) =>
      addMember(ctx.db, { bodyId: args.bodyKey, organisationId: args.organisationKey, since: isoDate(args.since), broughtById: args.broughtByKey ?? null }, ctx.actor, args.reason),
  }),
  endMembership: t.field({
    type: MembershipRef,
    errors: { types: MUTATION_ERRORS },
    description: 'An organisation leaves a body on a date',
    args: {
      bodyKey: t.arg.string({ required: true }),
      organisationKey: t.arg.string({ required: true }),
      until: t.arg({ type: 'Date', required: true }),
      reason: t.arg.string({ required: false }),
    },
    resolve: (_root, args, ctx) => endMembership(ctx.db, args.bodyKey, args.organisationKey, isoDate(args.until)!, ctx.actor, args.reason),
  }),
}));
