/** Organisations: the nodes of the network, with their queries and mutations beside them. */
import { isoDate } from '../domain/dates.ts';
import { NotFoundError } from '../domain/errors.ts';
import { ORGANISATION_KINDS } from '../domain/model.ts';
import {
  createOrganisation,
  endOrganisation,
  listOrganisations,
  organisationsByKeys,
  searchOrganisations,
  tieCounts,
  updateOrganisation,
  upsertOrganisations,
  type OrganisationRecord,
  type UpsertSummary,
} from '../services/organisations.ts';
import { builder } from './builder.ts';
import { addHistoryField } from './change.ts';
import { MUTATION_ERRORS } from './errors.ts';
import { keyedConnection } from './paging.ts';
import { AreaRef, SectorRef, ThemeRef } from './reference.ts';

export const OrganisationKindEnum = builder.enumType('OrganisationKind', { values: ORGANISATION_KINDS });

export const OrganisationRef = builder.loadableNode('Organisation', {
  description: 'A CVC, third-sector organisation, public body, school, museum, business...',
  id: { resolve: (o: OrganisationRecord) => o.id },
  load: async (keys: string[], ctx) =>
    (await organisationsByKeys(ctx.db, keys)).map((o, i) => o ?? new NotFoundError('Organisation', keys[i]!)),
  fields: (t) => ({
    key: t.exposeString('id', { description: 'Stable key used by imports, exports and URLs, e.g. org-c3sc' }),
    name: t.exposeString('name'),
    nameCy: t.exposeString('nameCy', { nullable: true, description: 'Welsh name' }),
    kind: t.field({ type: OrganisationKindEnum, resolve: (o) => o.kind as (typeof ORGANISATION_KINDS)[number] }),
    size: t.exposeString('size', { nullable: true }),
    charityNumber: t.exposeString('charityNumber', { nullable: true }),
    website: t.expose('website', { type: 'URL', nullable: true }),
    since: t.expose('since', { type: 'Date', nullable: true }),
    until: t.expose('until', { type: 'Date', nullable: true, description: 'Set when the organisation ended' }),
    version: t.exposeInt('version', { description: 'Pass back to update/end: a stale version is refused' }),
    attributes: t.exposeString('attributes', { nullable: true, description: 'Extra imported columns, as JSON' }),
    sector: t.field({ type: SectorRef, nullable: true, resolve: (o) => o.sectorId }),
    areas: t.field({ type: [AreaRef], resolve: (o) => o.areaIds }),
    themes: t.field({ type: [ThemeRef], resolve: (o) => o.themeIds }),
    tieCount: t.loadable({
      type: 'Int',
      description: 'Ties active on asOf (default today)',
      args: { asOf: t.arg({ type: 'Date', required: false }) },
      byPath: true,
      load: (keys: string[], ctx, args) => tieCounts(ctx.db, keys, isoDate(args.asOf)),
      resolve: (o) => o.id,
    }),
  }),
});

addHistoryField(OrganisationRef);

const OrganisationFilterInput = builder.inputType('OrganisationFilter', {
  fields: (t) => ({
    sectorKeys: t.stringList({ required: false }),
    kinds: t.field({ type: [OrganisationKindEnum], required: false }),
    areaKey: t.string({ required: false, description: 'Includes organisations in its sub-areas' }),
    themeKey: t.string({ required: false }),
    bodyKey: t.string({ required: false, description: 'Members of the body, or organisations whose staff hold a seat on it' }),
    text: t.string({ required: false, description: 'Part of the English or Welsh name' }),
  }),
});

const OrganisationInput = builder.inputType('OrganisationInput', {
  fields: (t) => ({
    key: t.string({ required: true, description: 'Stable key (letters, digits, - _ . :), e.g. org-penarth-food-hub' }),
    name: t.string({ required: true }),
    nameCy: t.string({ required: false }),
    kind: t.field({ type: OrganisationKindEnum, required: true }),
    sectorKey: t.string({ required: true }),
    size: t.string({ required: false }),
    charityNumber: t.string({ required: false }),
    website: t.field({ type: 'URL', required: false }),
    since: t.field({ type: 'Date', required: false }),
    until: t.field({ type: 'Date', required: false }),
    areaKeys: t.stringList({ required: false }),
    themeKeys: t.stringList({ required: false }),
  }),
});

type OrganisationInputShape = typeof OrganisationInput.$inferInput;

function toServiceInput(input: OrganisationInputShape) {
  return {
    id: input.key,
    name: input.name,
    nameCy: input.nameCy ?? null,
    kind: input.kind,
    sectorId: input.sectorKey,
    size: (input.size ?? null) as 'micro' | 'small' | 'medium' | 'large' | null,
    charityNumber: input.charityNumber ?? null,
    website: input.website ? input.website.toString() : null,
    since: isoDate(input.since),
    until: isoDate(input.until),
    areaIds: input.areaKeys ?? [],
    themeIds: input.themeKeys ?? [],
  };
}

const SearchHitRef = builder.objectRef<{ key: string; score: number }>('OrganisationSearchHit').implement({
  fields: (t) => ({
    organisation: t.field({ type: OrganisationRef, resolve: (h) => h.key }),
    score: t.exposeFloat('score', { description: 'Relevance, higher is better' }),
  }),
});

const UpsertSummaryRef = builder.objectRef<UpsertSummary>('UpsertSummary').implement({
  description: 'What a bulk upsert did, by key',
  fields: (t) => ({
    created: t.exposeStringList('created'),
    updated: t.exposeStringList('updated'),
    unchanged: t.exposeStringList('unchanged'),
  }),
});

builder.queryFields((t) => ({
  organisation: t.field({
    type: OrganisationRef,
    nullable: true,
    args: { key: t.arg.string({ required: true }) },
    resolve: async (_root, args, ctx) => {
      const [found] = await organisationsByKeys(ctx.db, [args.key]);
      return found ?? null;
    },
  }),
  organisations: t.connection({
    type: OrganisationRef,
    description: 'Organisations matching a filter as of a date (default today), ordered by key',
    args: {
      filter: t.arg({ type: OrganisationFilterInput, required: false }),
      asOf: t.arg({ type: 'Date', required: false }),
    },
    resolve: (_root, args, ctx) =>
      keyedConnection(
        args,
        (page) =>
          listOrganisations(
            ctx.db,
            {
              sectorIds: args.filter?.sectorKeys ?? null,
              kinds: args.filter?.kinds ?? null,
              areaId: args.filter?.areaKey ?? null,
              themeId: args.filter?.themeKey ?? null,
              bodyId: args.filter?.bodyKey ?? null,
              text: args.filter?.text ?? null,
            },
            isoDate(args.asOf),
            page,
          ),
        async (keys) => (await OrganisationRef.getDataloader(ctx).loadMany(keys)).filter((o): o is OrganisationRecord => !(o instanceof Error)),
        (o) => o.id,
      ),
  }),
  searchOrganisations: t.field({
    type: [SearchHitRef],
    description: 'Ranked search over English and Welsh names; each word also matches as a prefix',
    args: {
      text: t.arg.string({ required: true }),
      asOf: t.arg({ type: 'Date', required: false }),
      limit: t.arg.int({ required: false, defaultValue: 20 }),
    },
    resolve: (_root, args, ctx) => searchOrganisations(ctx.db, args.text, isoDate(args.asOf), Math.min(Math.max(args.limit ?? 20, 1), 200)),
  }),
}));

builder.mutationFields((t) => ({
  createOrganisation: t.field({
    type: OrganisationRef,
    errors: { types: MUTATION_ERRORS },
    args: { input: t.arg({ type: OrganisationInput, required: true }), reason: t.arg.string({ required: false }) },
    resolve: (_root, args, ctx) => createOrganisation(ctx.db, toServiceInput(args.input), ctx.actor, args.reason),
  }),
  updateOrganisation: t.field({
    type: OrganisationRef,
    errors: { types: MUTATION_ERRORS },
    description: 'Replaces the organisation\'s fields; refused with ConflictError if `version` is not the current one',
    args: {
      input: t.arg({ type: OrganisationInput, required: true }),
      version: t.arg.int({ required: true }),
      reason: t.arg.string({ required: false }),
    },
    resolve: (_root, args, ctx) => updateOrganisation(ctx.db, toServiceInput(args.input), args.version, ctx.actor, args.reason),
  }),
  endOrganisation: t.field({
    type: OrganisationRef,
    errors: { types: MUTATION_ERRORS },
    description: 'Ends an organisation on a date; nothing is deleted and it stays visible as of earlier dates',
    args: {
      key: t.arg.string({ required: true }),
      until: t.arg({ type: 'Date', required: true }),
      version: t.arg.int({ required: true }),
      reason: t.arg.string({ required: false }),
    },
    resolve: (_root, args, ctx) => endOrganisation(ctx.db, args.key, isoDate(args.until)!, args.version, ctx.actor, args.reason),
  }),
  upsertOrganisations: t.field({
    type: UpsertSummaryRef,
    errors: { types: MUTATION_ERRORS },
    description: 'Creates or updates many organisations by key in one transaction; the same call twice changes nothing',
    args: { inputs: t.arg({ type: [OrganisationInput], required: true }), reason: t.arg.string({ required: false }) },
    resolve: (_root, args, ctx) => upsertOrganisations(ctx.db, args.inputs.map(toServiceInput), ctx.actor, args.reason),
  }),
}));
