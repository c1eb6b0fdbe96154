/** Sectors, areas and themes: small, slow-changing lists that every view filters by. */
import type { Database } from '../db/database.ts';
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
