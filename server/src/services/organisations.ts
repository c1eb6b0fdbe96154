/**
 * Organisations: read by key (batched), list with filters as of a date, ranked name search, and
 * create / update (optimistic version) / end / bulk upsert, each one write transaction with a Change.
 */
import { z } from 'zod';
import type { Database, WriteTx } from '../db/database.ts';
import { int } from '../db/values.ts';
import { asOfDate } from '../domain/dates.ts';
import { ConflictError } from '../domain/errors.ts';
import { ORGANISATION_KINDS } from '../domain/model.ts';
import { id, isoDate, name, parseInput, periodIssues } from '../domain/validate.ts';
import { ValidationError } from '../domain/errors.ts';
import { recordChange } from './audit.ts';
import { pageParams, type Page, type PagedKeys } from './paging.ts';
import { assertReferencesExist, type Reference } from './references.ts';
import { assertVersion, loadByKeysIn, loadOneForWrite } from './versioned.ts';

export interface OrganisationRecord {
  id: string;
  name: string;
  nameCy: string | null;
  kind: string;
  size: string | null;
  charityNumber: string | null;
  website: string | null;
  since: string | null;
  until: string | null;
  sectorId: string | null;
  areaIds: string[];
  themeIds: string[];
  attributes: string | null;
  version: number;
  createdAt: string | null;
  updatedAt: string | null;
}

export const organisationInputSchema = z.object({
  id,
  name,
  nameCy: z.string().trim().max(300).nullish(),
  kind: z.enum(ORGANISATION_KINDS, { message: `must be one of ${ORGANISATION_KINDS.join(', ')}` }),
  sectorId: id,
  size: z.enum(['micro', 'small', 'medium', 'large']).nullish(),
  charityNumber: z.string().trim().regex(/^[0-9]{6,8}(-[0-9]+)?$/, { message: 'must be a charity number such as 1145678' }).nullish(),
  website: z.url({ message: 'must be a URL' }).nullish(),
  since: isoDate.nullish(),
  until: isoDate.nullish(),
  areaIds: z.array(id).default([]),
  themeIds: z.array(id).default([]),
});
export type OrganisationInput = z.input<typeof organisationInputSchema>;
type OrganisationRow = z.output<typeof organisationInputSchema>;


export interface OrganisationFilter {
  sectorIds?: string[] | null;
  kinds?: string[] | null;
  areaId?: string | null;
  themeId?: string | null;
  bodyId?: string | null;
  text?: string | null;
}

function normalise(row: OrganisationRow) {
  return {
    ...row,
    nameCy: row.nameCy ?? null,
    size: row.size ?? null,
    charityNumber: row.charityNumber ?? null,
    website: row.website ?? null,
    since: row.since ?? null,
    until: row.until ?? null,
    areaIds: [...new Set(row.areaIds)],
    themeIds: [...new Set(row.themeIds)],
  };
}

function validate(input: unknown, path: (string | number)[]): ReturnType<typeof normalise> {
  const row = normalise(parseInput(organisationInputSchema, input, path));
  const issues = periodIssues(row.since, row.until, path);
  if (issues.length) throw new ValidationError(issues);
  return row;
}

function references(row: ReturnType<typeof normalise>, path: (string | number)[]): Reference[] {
  return [
    { label: 'Sector', key: row.sectorId, path: [...path, 'sectorId'] },
    ...row.areaIds.map((key, i): Reference => ({ label: 'Area', key, path: [...path, 'areaIds', i] })),
    ...row.themeIds.map((key, i): Reference => ({ label: 'Theme', key, path: [...path, 'themeIds', i] })),
  ];
}

function snapshot(o: OrganisationRecord | ReturnType<typeof normalise>) {
  // Neo4j stores no nulls, so absent properties read back as undefined: compare them as null.
  return {
    name: o.name, nameCy: o.nameCy ?? null, kind: o.kind, sectorId: o.sectorId ?? null, size: o.size ?? null,
    charityNumber: o.charityNumber ?? null, website: o.website ?? null, since: o.since ?? null, until: o.until ?? null,
    areaIds: [...o.areaIds].sort(), themeIds: [...o.themeIds].sort(),
  };
}

function sameAs(existing: OrganisationRecord, row: ReturnType<typeof normalise>): boolean {
  return JSON.stringify(snapshot(existing)) === JSON.stringify(snapshot(row));
}

function byKeysIn(tx: WriteTx, keys: string[]): Promise<Map<string, OrganisationRecord>> {
  return loadByKeysIn<OrganisationRecord>(tx, 'organisation/by-keys', 'organisation', keys);
}

/** Batched read for DataLoader: result in the order of `keys`, null where missing. */
export async function organisationsByKeys(db: Database, keys: readonly string[]): Promise<(OrganisationRecord | null)[]> {
  const rows = await db.read<{ organisation: OrganisationRecord }>('organisation/by-keys', { keys: [...keys] });
  const found = new Map(rows.map((r) => [r.organisation.id, r.organisation]));
  return keys.map((k) => found.get(k) ?? null);
}

export async function listOrganisations(db: Database, filter: OrganisationFilter, asOf: string | null, page: Page): Promise<PagedKeys> {
  const [row] = await db.read<PagedKeys>('organisation/list', {
    asOf: asOfDate(asOf),
    sectorIds: filter.sectorIds?.length ? filter.sectorIds : null,
    kinds: filter.kinds?.length ? filter.kinds : null,
    areaId: filter.areaId ?? null,
    themeId: filter.themeId ?? null,
    bodyId: filter.bodyId ?? null,
    text: filter.text?.trim() ? filter.text.trim() : null,
    ...pageParams(page),
    limit: int(page.limit),
  });
  return row ?? { total: 0, keys: [] };
}

/** Lucene treats these as syntax; escaping them keeps user text a plain search. */
export function escapeLucene(text: string): string {
  return text.replace(/[+\-&|!(){}[\]^"~*?:\\/]/g, '\\$&');
}

export async function searchOrganisations(db: Database, text: string, asOf: string | null, limit: number) {
  // Lower-cased so words such as OR, AND, NOT are searched for rather than read as operators.
  const terms = text.trim().toLowerCase().split(/\s+/).filter(Boolean).map(escapeLucene);
  if (!terms.length) return [];
  // Each word may match a prefix, so "amgued" finds Amgueddfa Cymru while typing.
  const query = terms.map((t) => `(${t} OR ${t}*)`).join(' AND ');
  return db.read<{ key: string; score: number }>('organisation/search', { query, asOf: asOfDate(asOf), limit: int(limit) });
}

export async function tieCounts(db: Database, keys: readonly string[], asOf: string | null): Promise<number[]> {
  const rows = await db.read<{ key: string; ties: number }>('organisation/tie-counts', { keys: [...keys], asOf: asOfDate(asOf) });
  const found = new Map(rows.map((r) => [r.key, r.ties]));
  return keys.map((k) => found.get(k) ?? 0);
}

export async function createOrganisation(db: Database, input: OrganisationInput, actor: string, reason?: string | null): Promise<OrganisationRecord> {
  const row = validate(input, ['input']);
  return db.write(async (tx) => {
    if ((await byKeysIn(tx, [row.id])).size) throw new ConflictError('duplicate', `An organisation with key "${row.id}" already exists`);
    await assertReferencesExist(tx, references(row, ['input']));
    await tx.run('organisation/create', { row, at: new Date().toISOString() });
    const created = (await byKeysIn(tx, [row.id])).get(row.id)!;
    await recordChange(tx, { actor, action: 'create', entityType: 'Organisation', entityId: row.id, after: snapshot(created), reason: reason ?? null });
    return created;
  });
}

export async function updateOrganisation(
  db: Database,
  input: OrganisationInput,
  version: number,
  actor: string,
  reason?: string | null,
): Promise<OrganisationRecord> {
  const row = validate(input, ['input']);
  return db.write(async (tx) => {
    const existing = await loadOneForWrite<OrganisationRecord>(tx, 'organisation/by-keys', 'organisation', 'Organisation', row.id, version);
    await assertReferencesExist(tx, references(row, ['input']));
    await tx.run('organisation/update', { row, version: int(version), at: new Date().toISOString() });
    const updated = (await byKeysIn(tx, [row.id])).get(row.id)!;
    await recordChange(tx, { actor, action: 'update', entityType: 'Organisation', entityId: row.id, before: snapshot(existing), after: snapshot(updated), reason: reason ?? null });
    return updated;
  });
}

export async function endOrganisation(db: Database, key: string, until: string, version: number, actor: string, reason?: string | null) {
  const date = parseInput(isoDate, until, ['until']);
  return db.write(async (tx) => {
    const existing = await loadOneForWrite<OrganisationRecord>(tx, 'organisation/by-keys', 'organisation', 'Organisation', key);
    if (existing.until) throw new ConflictError('already_ended', `Organisation "${key}" already ended on ${existing.until}`);
    assertVersion('Organisation', existing, version);
    if (existing.since && date < existing.since) throw new ValidationError([{ path: ['until'], message: 'must not be before since' }]);
    await tx.run('organisation/end', { key, until: date, version: int(version), at: new Date().toISOString() });
    const ended = (await byKeysIn(tx, [key])).get(key)!;
    await recordChange(tx, { actor, action: 'end', entityType: 'Organisation', entityId: key, before: snapshot(existing), after: snapshot(ended), reason: reason ?? null });
    return ended;
  });
}

export interface UpsertSummary {
  created: string[];
  updated: string[];
  unchanged: string[];
}

/** Creates or updates by key; rows equal to what is stored change nothing, so the same call twice is a no-op. */
export async function upsertOrganisations(db: Database, inputs: OrganisationInput[], actor: string, reason?: string | null): Promise<UpsertSummary> {
  const errors: ValidationError['fieldErrors'] = [];
  const rows: ReturnType<typeof normalise>[] = [];
  inputs.forEach((input, i) => {
    try {
      rows.push(validate(input, ['inputs', i]));
    } catch (error) {
      if (error instanceof ValidationError) errors.push(...error.fieldErrors);
      else throw error;
    }
  });
  const seen = new Map<string, number>();
  rows.forEach((row, i) => {
    const first = seen.get(row.id);
    if (first !== undefined) errors.push({ path: ['inputs', i, 'id'], message: `duplicates row ${first}` });
    else seen.set(row.id, i);
  });
  if (errors.length) throw new ValidationError(errors);
  return db.write(async (tx) => {
    await assertReferencesExist(tx, rows.flatMap((row, i) => references(row, ['inputs', i])));
    const existing = await byKeysIn(tx, rows.map((r) => r.id));
    const summary: UpsertSummary = { created: [], updated: [], unchanged: [] };
    const at = new Date().toISOString();
    for (const row of rows) {
      const current = existing.get(row.id);
      if (!current) {
        await tx.run('organisation/create', { row, at });
        await recordChange(tx, { actor, action: 'create', entityType: 'Organisation', entityId: row.id, after: snapshot(row), reason: reason ?? 'bulk upsert', at });
        summary.created.push(row.id);
      } else if (sameAs(current, row)) {
        summary.unchanged.push(row.id);
      } else {
        await tx.run('organisation/update', { row, version: int(current.version), at });
        await recordChange(tx, { actor, action: 'update', entityType: 'Organisation', entityId: row.id, before: snapshot(current), after: snapshot(row), reason: reason ?? 'bulk upsert', at });
        summary.updated.push(row.id);
      }
    }
    return summary;
  });
}
