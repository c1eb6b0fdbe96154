/** Sectors, areas (Wales > region > local authority) and themes (Fusion F1-F8, well-being goals). */
import type { Area, Sector, Theme } from '../domain/model.ts';
import { NotFoundError } from '../domain/errors.ts';
import { isoDate } from '../domain/dates.ts';
import {
  allAreas,
  allSectors,
  allThemes,
  areasByKeys,
  areaSummaries,
  createReference,
  sectorsByKeys,
  themesByKeys,
  updateReference,
  type AreaSummary,
} from '../services/reference-data.ts';
import { resolveArrayConnection } from '@pothos/plugin-relay';
import { builder } from './builder.ts';
import { addHistoryField } from './change.ts';
import { MUTATION_ERRORS } from './errors.ts';

/** Small lists (sectors, areas, themes) are paged in memory. */
function arrayConnection<T>(args: Parameters<typeof resolveArrayConnection>[0]['args'], rows: T[]) {
  return { ...resolveArrayConnection({ args, defaultSize: 100, maxSize: 500 }, rows), totalCount: rows.length };
}

function orNotFound<T>(type: string, keys: readonly string[], rows: (T | null)[]): (T | Error)[] {
  return rows.map((row, i) => row ?? new NotFoundError(type, keys[i]!));
}

export const SectorRef = builder.loadableNode('Sector', {
  id: { resolve: (s: Sector) => s.id },
  load: async (keys: string[], ctx) => orNotFound('Sector', keys, await sectorsByKeys(ctx.db, keys)),
  fields: (t) => ({
    key: t.exposeString('id', { description: 'Stable key, e.g. sector-health' }),
    name: t.exposeString('name'),
    nameCy: t.exposeString('nameCy'),
  }),
});

export const AreaRef = builder.loadableNode('Area', {
  id: { resolve: (a: Area) => a.id },
  load: async (keys: string[], ctx) => orNotFound('Area', keys, await areasByKeys(ctx.db, keys)),
  fields: (t) => ({
    key: t.exposeString('id', { description: 'Stable key, e.g. area-cardiff' }),
    name: t.exposeString('name'),
    nameCy: t.exposeString('nameCy'),
    level: t.exposeString('level', { description: 'nation, region, local_authority or community' }),
  }),
});

builder.objectField(AreaRef, 'parent', (t) =>
  t.field({ type: AreaRef, nullable: true, resolve: (a) => a.parentId ?? null }),
);

export const ThemeRef = builder.loadableNode('Theme', {
  id: { resolve: (th: Theme) => th.id },
  load: async (keys: string[], ctx) => orNotFound('Theme', keys, await themesByKeys(ctx.db, keys)),
  fields: (t) => ({
    key: t.exposeString('id'),
    code: t.exposeString('code', { description: 'F1-F8 for Fusion indicators, WG1-WG7 for the well-being goals' }),
    name: t.exposeString('name'),
    nameCy: t.exposeString('nameCy'),
    kind: t.exposeString('kind'),
  }),
});

const AreaSummaryRef = builder.objectRef<AreaSummary>('AreaSummary').implement({
  description: 'Counts for one area as of a date (organisations and ties include its sub-areas)',
  fields: (t) => ({
    area: t.field({ type: AreaRef, resolve: (s) => s.areaId }),
    organisations: t.exposeInt('organisations'),
    ties: t.exposeInt('ties', { description: 'Active ties with both ends in the area' }),
    bodies: t.exposeInt('bodies'),
    seats: t.exposeInt('seats'),
    vacancies: t.exposeInt('vacancies'),
  }),
});

builder.queryFields((t) => ({
  sectors: t.connection({
    type: SectorRef,
    resolve: async (_root, args, ctx) => arrayConnection(args, await allSectors(ctx.db)),
  }),
  areas: t.connection({
    type: AreaRef,
    args: { level: t.arg.string({ required: false }) },
    resolve: async (_root, args, ctx) => {
      const areas = await allAreas(ctx.db);
      return arrayConnection(args, args.level ? areas.filter((a) => a.level === args.level) : areas);
    },
  }),
  themes: t.connection({
    type: ThemeRef,
    resolve: async (_root, args, ctx) => arrayConnection(args, await allThemes(ctx.db)),
  }),
  areaSummaries: t.field({
    type: [AreaSummaryRef],
    description: 'Per-area counts as of a date (default today), e.g. level: "local_authority"',
    args: { asOf: t.arg({ type: 'Date', required: false }), level: t.arg.string({ required: false }) },
    resolve: (_root, args, ctx) => areaSummaries(ctx.db, isoDate(args.asOf), args.level ?? null),
  }),
}));

// --- writes (admin-only by the write policy) -------------------------------------------------

addHistoryField(SectorRef);
addHistoryField(AreaRef);
addHistoryField(ThemeRef);

const versionOf = (x: object): number => (x as { version?: number }).version ?? 1;
builder.objectField(SectorRef, 'version', (t) => t.int({ resolve: versionOf }));
builder.objectField(AreaRef, 'version', (t) => t.int({ resolve: versionOf }));
builder.objectField(ThemeRef, 'version', (t) => t.int({ resolve: versionOf }));

const SectorInput = builder.inputType('SectorInput', {
  fields: (t) => ({ key: t.string({ required: true }), name: t.string({ required: true }), nameCy: t.string({ required: true }) }),
});
const ThemeInput = builder.inputType('ThemeInput', {
  fields: (t) => ({
    key: t.string({ required: true }),
    code: t.string({ required: true }),
    name: t.string({ required: true }),
    nameCy: t.string({ required: true }),
    kind: t.string({ required: true, description: 'fusion_indicator, wellbeing_goal or psb_priority' }),
  }),
});
const AreaInput = builder.inputType('AreaInput', {
  fields: (t) => ({
    key: t.string({ required: true }),
    name: t.string({ required: true }),
    nameCy: t.string({ required: true }),
    level: t.string({ required: true, description: 'nation, region, local_authority or community' }),
    parentKey: t.string({ required: false }),
  }),
});

const withId = ({ key, parentKey, ...rest }: { key: string; parentKey?: string | null }) => ({
  id: key,
  ...rest,
  ...(parentKey === undefined ? {} : { parentId: parentKey }),
});

builder.mutationFields((t) => ({
  createSector: t.field({
    type: SectorRef,
    errors: { types: MUTATION_ERRORS },
    args: { input: t.arg({ type: SectorInput, required: true }) },
    resolve: async (_root, args, ctx) => (await createReference(ctx.db, 'Sector', withId(args.input), ctx.actor)) as unknown as Sector,
  }),
  updateSector: t.field({
    type: SectorRef,
    errors: { types: MUTATION_ERRORS },
    args: { input: t.arg({ type: SectorInput, required: true }), version: t.arg.int({ required: true }) },
    resolve: async (_root, args, ctx) => (await updateReference(ctx.db, 'Sector', withId(args.input), args.version, ctx.actor)) as unknown as Sector,
  }),
  createTheme: t.field({
    type: ThemeRef,
    errors: { types: MUTATION_ERRORS },
    args: { input: t.arg({ type: ThemeInput, required: true }) },
    resolve: async (_root, args, ctx) => (await createReference(ctx.db, 'Theme', withId(args.input), ctx.actor)) as unknown as Theme,
  }),
  updateTheme: t.field({
    type: ThemeRef,
    errors: { types: MUTATION_ERRORS },
    args: { input: t.arg({ type: ThemeInput, required: true }), version: t.arg.int({ required: true }) },
    resolve: async (_root, args, ctx) => (await updateReference(ctx.db, 'Theme', withId(args.input), args.version, ctx.actor)) as unknown as Theme,
  }),
  createArea: t.field({
    type: AreaRef,
    errors: { types: MUTATION_ERRORS },
    args: { input: t.arg({ type: AreaInput, required: true }) },
    resolve: async (_root, args, ctx) => (await createReference(ctx.db, 'Area', withId(args.input), ctx.actor)) as unknown as Area,
  }),
  updateArea: t.field({
    type: AreaRef,
    errors: { types: MUTATION_ERRORS },
    args: { input: t.arg({ type: AreaInput, required: true }), version: t.arg.int({ required: true }) },
    resolve: async (_root, args, ctx) => (await updateReference(ctx.db, 'Area', withId(args.input), args.version, ctx.actor)) as unknown as Area,
  }),
}));
