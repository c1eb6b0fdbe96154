/** Sectors, areas and themes: small, slow-changing lists that every view filters by. */
import type { QueryName } from '@cyswllt/cypher';
import { z } from 'zod';
import type { Database } from '../db/database.ts';
import { int } from '../db/values.ts';
import { ConflictError, NotFoundError, ValidationError } from '../domain/errors.ts';
import { id, name, parseInput } from '../domain/validate.ts';
import { recordChange } from './audit.ts';
import { assertReferencesExist } from './references.ts';
import { assertVersion, loadByKeysIn } from './versioned.ts';
import { asOfDate } from '../domain/dates.ts';
import type { Area, Sector, Theme } from '../domain/model.ts';

function inOrder<T extends { id: string }>(keys: readonly string[], rows: T[]): (T | null)[] {
  const found = new Map(rows.map((r) => [r.id, r]));
  return keys.map((k) => found.get(k) ?? null);
}

export async function sectorsByKeys(db: Database, keys: readonly string[]) {
  return inOrder(keys, (await db.read<{ sector: Sector }>('sector/by-keys', { keys: [...keys] })).map((r) => r.sector));
}
export async function allSectors(db: Database): Promise<Sector[]> {
  return (await db.read<{ sector: Sector }>('sector/all')).map((r) => r.sector);
}
export async function areasByKeys(db: Database, keys: readonly string[]) {
  return inOrder(keys, (await db.read<{ area: Area }>('area/by-keys', { keys: [...keys] })).map((r) => r.area));
}
export async function allAreas(db: Database): Promise<Area[]> {
  return (await db.read<{ area: Area }>('area/all')).map((r) => r.area);
}
export async function themesByKeys(db: Database, keys: readonly string[]) {
  return inOrder(keys, (await db.read<{ theme: Theme }>('theme/by-keys', { keys: [...keys] })).map((r) => r.theme));
}
export async function allThemes(db: Database): Promise<Theme[]> {
  return (await db.read<{ theme: Theme }>('theme/all')).map((r) => r.theme);
}

export interface AreaSummary {
  areaId: string;
  name: string;
  nameCy: string;
  level: string;
  organisations: number;
  ties: number;
  bodies: number;
  seats: number;
  vacancies: number;
}

export async function areaSummaries(db: Database, asOf: string | null, level: string | null): Promise<AreaSummary[]> {
  return db.read<AreaSummary>('area/summaries', { asOf: asOfDate(asOf), level });
}

// --- writes: reference data is admin-maintained (see auth/policy.ts) -------------------------

export const sectorInputSchema = z.object({ id, name, nameCy: name });
export const themeInputSchema = z.object({
  id,
  code: z.string().trim().regex(/^[A-Z][A-Z0-9]{0,9}$/, { message: 'must be a short upper-case code such as F7 or WG3' }),
  name,
  nameCy: name,
  kind: z.enum(['fusion_indicator', 'wellbeing_goal', 'psb_priority'], { message: 'must be fusion_indicator, wellbeing_goal or psb_priority' }),
});
export const areaInputSchema = z.object({
  id,
  name,
  nameCy: name,
  level: z.enum(['nation', 'region', 'local_authority', 'community'], { message: 'must be nation, region, local_authority or community' }),
  parentId: id.nullish(),
});

type ReferenceKind = 'Sector' | 'Theme' | 'Area';
const QUERIES = {
  Sector: { byKeys: 'sector/by-keys', field: 'sector', create: 'sector/create', update: 'sector/update', schema: sectorInputSchema },
  Theme: { byKeys: 'theme/by-keys', field: 'theme', create: 'theme/create', update: 'theme/update', schema: themeInputSchema },
  Area: { byKeys: 'area/by-keys', field: 'area', create: 'area/create', update: 'area/update', schema: areaInputSchema },
} as const satisfies Record<ReferenceKind, { byKeys: QueryName; field: string; create: QueryName; update: QueryName; schema: z.ZodType }>;

type Versioned = { id: string; version: number };

/** Creates a sector, theme or area; one transaction with its Change. */
export async function createReference(db: Database, kind: ReferenceKind, input: unknown, actor: string): Promise<Record<string, unknown>> {
  const q = QUERIES[kind];
  const row = parseInput(q.schema as z.ZodType<{ id: string; parentId?: string | null }>, input, ['input']);
  return db.write(async (tx) => {
    if ((await loadByKeysIn(tx, q.byKeys, q.field, [row.id])).size) throw new ConflictError('duplicate', `A ${kind.toLowerCase()} with key "${row.id}" already exists`);
    if (kind === 'Area' && row.parentId) await assertReferencesExist(tx, [{ label: 'Area', key: row.parentId, path: ['input', 'parentId'] }]);
    const at = new Date().toISOString();
    await tx.run(q.create, { row: { parentId: null, ...row }, at });
    const created = (await loadByKeysIn<Versioned>(tx, q.byKeys, q.field, [row.id])).get(row.id)!;
    await recordChange(tx, { actor, action: 'create', entityType: kind, entityId: row.id, after: row, at });
    return created;
  });
}

/** Updates a sector, theme or area if `version` is current. */
export async function updateReference(db: Database, kind: ReferenceKind, input: unknown, version: number, actor: string): Promise<Record<string, unknown>> {
  const q = QUERIES[kind];
  const row = parseInput(q.schema as z.ZodType<{ id: string; parentId?: string | null }>, input, ['input']);
  return db.write(async (tx) => {
    const existing = (await loadByKeysIn<Versioned & Record<string, unknown>>(tx, q.byKeys, q.field, [row.id])).get(row.id);
    if (!existing) throw new NotFoundError(kind, row.id);
    // Reference data loaded in bulk carries no version yet: it counts as version 1.
    assertVersion(kind, { id: row.id, version: existing.version ?? 1 }, version);
    if (kind === 'Area' && row.parentId) {
      if (row.parentId === row.id) throw new ValidationError([{ path: ['input', 'parentId'], message: 'an area cannot be its own parent' }]);
      await assertReferencesExist(tx, [{ label: 'Area', key: row.parentId, path: ['input', 'parentId'] }]);
    }
    const at = new Date().toISOString();
    await tx.run(q.update, { row: { parentId: null, ...row }, version: int(version), at });
    const updated = (await loadByKeysIn<Versioned>(tx, q.byKeys, q.field, [row.id])).get(row.id)!;
    await recordChange(tx, { actor, action: 'update', entityType: kind, entityId: row.id, before: existing, after: row, at });
    return updated;
  });
}
