/** People: staff of organisations. Name and email are personal data, kept as separate fields so they can be guarded. */
import { nameSearchScope } from '../auth/enforce.ts';
import { isoDate } from '../domain/dates.ts';
import { NotFoundError } from '../domain/errors.ts';
import {
  createPerson,
  endPerson,
  listPeople,
  peopleByKeys,
  personKeysOfOrganisations,
  updatePerson,
  type PersonRecord,
} from '../services/people.ts';
import { builder } from './builder.ts';
import { addHistoryField } from './change.ts';
import { MUTATION_ERRORS } from './errors.ts';
import { OrganisationRef } from './organisation.ts';
import { keyedConnection } from './paging.ts';

export const PersonRef = builder.loadableNode('Person', {
  description: 'Someone who works for an organisation: a coordinator, CVC officer or representative',
  id: { resolve: (p: PersonRecord) => p.id },
  load: async (keys: string[], ctx) => (await peopleByKeys(ctx.db, keys)).map((p, i) => p ?? new NotFoundError('Person', keys[i]!)),
  fields: (t) => ({
    key: t.exposeString('id'),
    name: t.exposeString('name', { description: 'Personal data' }),
    email: t.expose('email', { type: 'EmailAddress', nullable: true, description: 'Personal data' }),
    role: t.exposeString('role', { description: 'Job title: what anonymised views show instead of the name' }),
    organisation: t.field({
      type: OrganisationRef,
      nullable: true,
      description: 'The organisation they work for (or last worked for, when `until` is set)',
      resolve: (p) => p.organisationId ?? null,
    }),
    since: t.expose('since', { type: 'Date', nullable: true, description: 'When they started at the organisation' }),
    until: t.expose('until', { type: 'Date', nullable: true, description: 'When they left it' }),
    version: t.exposeInt('version'),
  }),
});
addHistoryField(PersonRef);

builder.objectField(OrganisationRef, 'people', (t) =>
  t.loadableList({
    type: PersonRef,
    description: 'People working for the organisation on asOf (default today)',
    args: { asOf: t.arg({ type: 'Date', required: false }) },
    byPath: true,
    load: (keys: string[], ctx, args) => personKeysOfOrganisations(ctx.db, keys, isoDate(args.asOf)),
    resolve: (o) => o.id,
  }),
);

const PersonFilterInput = builder.inputType('PersonFilter', {
  fields: (t) => ({
    organisationKey: t.string({ required: false }),
    areaKey: t.string({ required: false, description: 'Works for an organisation in this area or its sub-areas' }),
    text: t.string({ required: false, description: 'Part of the name or role' }),
  }),
});

const PersonInput = builder.inputType('PersonInput', {
  fields: (t) => ({
    key: t.string({ required: false, description: 'Stable key; generated when absent on create' }),
    name: t.string({ required: true }),
    email: t.field({ type: 'EmailAddress', required: false }),
    role: t.string({ required: true, description: 'Job title' }),
    organisationKey: t.string({ required: true }),
    since: t.field({
      type: 'Date',
      required: false,
      description: 'Started at the organisation; on update with another organisation, the day of the move (default today)',
    }),
  }),
});

function toServiceInput(input: typeof PersonInput.$inferInput) {
  return {
    id: input.key ?? null,
    name: input.name,
    email: input.email ?? null,
    role: input.role,
    organisationId: input.organisationKey,
    since: isoDate(input.since),
  };
}

builder.queryFields((t) => ({
  person: t.field({
    type: PersonRef,
    nullable: true,
    args: { key: t.arg.string({ required: true }) },
    resolve: async (_root, args, ctx) => (await peopleByKeys(ctx.db, [args.key]))[0] ?? null,
  }),
  people: t.connection({
    type: PersonRef,
    description: 'People working for an organisation on a date (default today), ordered by key',
    args: { filter: t.arg({ type: PersonFilterInput, required: false }), asOf: t.arg({ type: 'Date', required: false }) },
    resolve: (_root, args, ctx) =>
      keyedConnection(
        args,
        (page) =>
          listPeople(
            ctx.db,
            { organisationId: args.filter?.organisationKey ?? null, areaId: args.filter?.areaKey ?? null, text: args.filter?.text ?? null },
            isoDate(args.asOf),
            page,
            nameSearchScope(ctx),
          ),
        async (keys) => (await PersonRef.getDataloader(ctx).loadMany(keys)).filter((x): x is PersonRecord => !(x instanceof Error)),
        (x) => x.id,
      ),
  }),
}));

builder.mutationFields((t) => ({
  createPerson: t.field({
    type: PersonRef,
    errors: { types: MUTATION_ERRORS },
    args: { input: t.arg({ type: PersonInput, required: true }), reason: t.arg.string({ required: false }) },
    resolve: (_root, args, ctx) => createPerson(ctx.db, toServiceInput(args.input), ctx.actor, args.reason),
  }),
  updatePerson: t.field({
    type: PersonRef,
    errors: { types: MUTATION_ERRORS },
    description: 'Updates name, email and role; another organisation is a move (the old employment ends the day the new one starts)',
    args: { input: t.arg({ type: PersonInput, required: true }), version: t.arg.int({ required: true }), reason: t.arg.string({ required: false }) },
    resolve: (_root, args, ctx) => {
      const input = toServiceInput(args.input);
      return updatePerson(ctx.db, { ...input, id: input.id ?? '' }, args.version, ctx.actor, args.reason);
    },
  }),
  endPerson: t.field({
    type: PersonRef,
    errors: { types: MUTATION_ERRORS },
    description: 'The person leaves their organisation on a date; nothing is deleted',
    args: {
      key: t.arg.string({ required: true }),
      until: t.arg({ type: 'Date', required: true }),
      version: t.arg.int({ required: true }),
      reason: t.arg.string({ required: false }),
    },
    resolve: (_root, args, ctx) => endPerson(ctx.db, args.key, isoDate(args.until)!, args.version, ctx.actor, args.reason),
  }),
}));
