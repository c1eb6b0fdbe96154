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
  sectorsByKeys,
  themesByKeys,
  type AreaSummary,
} from '../services/reference-data.ts';
import { resolveArrayConnection } from '@pothos/plugin-relay';
import { builder } from './builder.ts';

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
