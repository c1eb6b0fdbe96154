/** Gaps a user expects to see highlighted (docs/gaps-and-suggestions.md): `gaps(areaKey, asOf, types, families)`. */
import { isoDate } from '../domain/dates.ts';
import { ValidationError } from '../domain/errors.ts';
import { canSeePerson } from '../auth/enforce.ts';
import { GAP_FAMILIES, GAP_TYPES, hidePeople, peopleInGaps, type BridgingOrganisation, type Gap, type GapEntity, type GapReport } from '../gaps/index.ts';
import { gapReport, WALES_AREA_ID, type ServedGapReport } from '../services/gaps.ts';
import { builder } from './builder.ts';
import { OrganisationRef } from './organisation.ts';

export const GapTypeEnum = builder.enumType('GapType', { values: GAP_TYPES });
export const GapFamilyEnum = builder.enumType('GapFamily', { values: GAP_FAMILIES });
const GapSeverityEnum = builder.enumType('GapSeverity', { values: ['high', 'medium', 'low'] as const });

export const BilingualTextRef = builder.objectRef<{ en: string; cy: string }>('BilingualText').implement({
  description: 'The same plain-language sentence in English and Welsh',
  fields: (t) => ({ en: t.exposeString('en'), cy: t.exposeString('cy') }),
});

const GapEntityRef = builder.objectRef<GapEntity>('GapEntity').implement({
  description: 'Something a gap is about, by key, so the UI can highlight it',
  fields: (t) => ({
    label: t.exposeString('label', { description: 'Organisation, Body, Seat, Person, Area, Theme, Sector or Tie' }),
    key: t.exposeString('key', { description: 'Its key (a Tie entity is "sourceKey|targetKey")' }),
    name: t.exposeString('name'),
    nameCy: t.string({ nullable: true, description: 'Its Welsh name, where it has one', resolve: (e) => e.nameCy ?? null }),
    role: t.exposeString('role', { description: 'Its part in the gap, e.g. body, missing_sector, cut_off, community_a, bridging' }),
    nameHidden: t.boolean({
      description: "true for a person whose name the reader may not see: `name` then says only 'Person' (show your own word for 'a representative')",
      resolve: (e) => e.nameHidden ?? false,
    }),
  }),
});

const GapRuleRef = builder.objectRef<Gap['rule']>('GapRule').implement({
  description: 'The rule that found a gap and the threshold it used (see docs/gaps-and-suggestions.md)',
  fields: (t) => ({
    id: t.exposeString('id'),
    threshold: t.string({ nullable: true, resolve: (r) => (r.threshold === null ? null : String(r.threshold)) }),
    description: t.exposeString('description'),
  }),
});

const BridgingOrganisationRef = builder.objectRef<BridgingOrganisation>('BridgingOrganisation').implement({
  description: 'An organisation well placed to bridge a structural hole',
  fields: (t) => ({
    key: t.exposeString('key'),
    name: t.exposeString('name'),
    organisation: t.field({ type: OrganisationRef, resolve: (b) => b.key }),
    tiesToA: t.exposeInt('tiesToA', { description: 'Ties it has into the cut-off group' }),
    tiesToB: t.exposeInt('tiesToB', { description: 'Ties it has into the rest' }),
  }),
});

const GapRef = builder.objectRef<Gap>('Gap').implement({
  fields: (t) => ({
    id: t.exposeString('id', { description: 'Stable: the type and the keys it is about' }),
    type: t.field({ type: GapTypeEnum, resolve: (g) => g.type }),
    family: t.field({ type: GapFamilyEnum, resolve: (g) => g.family }),
    severity: t.field({ type: GapSeverityEnum, resolve: (g) => g.severity }),
    entities: t.field({
      type: [GapEntityRef],
      description: 'What the gap is about, in the order the rule gives (the most telling first); `first` keeps a list view small',
      args: { first: t.arg.int({ required: false, description: 'At most this many (default: all)' }) },
      resolve: (g, { first }) => {
        if (first == null) return g.entities;
        if (first < 0) throw new ValidationError([{ path: ['first'], message: 'must be 0 or more' }]);
        return g.entities.slice(0, first);
      },
    }),
    entityCount: t.int({ description: 'How many entities the gap has (all of them, whatever `entities(first:)` returns)', resolve: (g) => g.entities.length }),
    explanation: t.field({ type: BilingualTextRef, resolve: (g) => g.explanation }),
    rule: t.field({ type: GapRuleRef, resolve: (g) => g.rule }),
    measure: t.float({ nullable: true, description: 'What the rule measured (seats held, months silent, constraint, ties across...)', resolve: (g) => g.measure ?? null }),
    cutOffSize: t.int({ nullable: true, description: 'Articulation points: organisations cut off if it left', resolve: (g) => g.cutOffSize ?? null }),
    bridgingOrganisations: t.field({
      type: [BridgingOrganisationRef],
      description: 'Structural holes: best-placed bridging organisations, best first',
      resolve: (g) => g.bridgingOrganisations ?? [],
    }),
  }),
});

const GapTypeCountRef = builder.objectRef<GapReport['counts'][number]>('GapTypeCount').implement({
  fields: (t) => ({
    type: t.field({ type: GapTypeEnum, resolve: (c) => c.type }),
    count: t.exposeInt('count'),
  }),
});

const GapReportRef = builder.objectRef<ServedGapReport>('GapReport').implement({
  fields: (t) => ({
    asOf: t.expose('asOf', { type: 'Date' }),
    dataVersion: t.exposeString('dataVersion', { description: 'The data version (newest recorded write) the report was computed at' }),
    computedAt: t.expose('computedAt', { type: 'DateTime', description: 'When the report was computed' }),
    upToDate: t.exposeBoolean('upToDate', {
      description: 'false when writes arrived after it was computed: a fresh report is being computed (at most CYSWLLT_ANALYSIS_MAX_LAG_MS behind)',
    }),
    areaKey: t.exposeString('areaId'),
    gaps: t.field({
      type: [GapRef],
      description: 'People the reader may not see are named "a representative" (entities and explanations)',
      resolve: async (r, _args, ctx) => {
        const keys = peopleInGaps(r.gaps);
        const visible = new Set((await Promise.all(keys.map(async (k) => ((await canSeePerson(ctx, k)) ? k : null)))).filter((k) => k !== null));
        return hidePeople(r.gaps, (k) => visible.has(k));
      },
    }),
    counts: t.field({ type: [GapTypeCountRef], description: 'How many gaps of each type (of those asked for)', resolve: (r) => r.counts }),
  }),
});

builder.queryField('gaps', (t) =>
  t.field({
    type: GapReportRef,
    description: `Representation, composition and structural gaps in an area (default all Wales, ${WALES_AREA_ID}) as of a date, high severity first`,
    args: {
      areaKey: t.arg.string({ required: false }),
      asOf: t.arg({ type: 'Date', required: false }),
      types: t.arg({ type: [GapTypeEnum], required: false }),
      families: t.arg({ type: [GapFamilyEnum], required: false }),
    },
    resolve: (_root, args, ctx) =>
      gapReport(ctx.db, args.areaKey ?? null, isoDate(args.asOf), { types: args.types ?? null, families: args.families ?? null }),
  }),
);
