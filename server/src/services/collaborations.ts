/**
 * Collaborations (projects): partners (`PARTNER_IN`), themes and Fusion indicators (`ADDRESSES`),
 * areas, dates, and the introduction they followed (`FOLLOWED`) when they came out of brokering.
 */
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { Database, WriteTx } from '../db/database.ts';
import { int } from '../db/values.ts';
import { asOfDate } from '../domain/dates.ts';
import { ConflictError, ValidationError } from '../domain/errors.ts';
import { id, isoDate, name, parseInput, periodIssues } from '../domain/validate.ts';
import { recordChange } from './audit.ts';
import { pageParams, type Page, type PagedKeys } from './paging.ts';
import { assertReferencesExist, type Reference } from './references.ts';
import { loadByKeysIn, loadOneForWrite } from './versioned.ts';

export interface CollaborationRecord {
  id: string;
  name: string;
  description: string | null;
  since: string | null;
  until: string | null;
  partnerIds: string[];
  themeIds: string[];
  areaIds: string[];
  introductionId: string | null;
  version: number;
  createdAt: string | null;
  updatedAt: string | null;
}

export const collaborationInputSchema = z.object({
  id: id.nullish(),
  name,
  description: z.string().trim().max(5000).nullish(),
  since: isoDate.nullish(),
  until: isoDate.nullish(),
  partnerIds: z.array(id).min(1, { message: 'needs at least one partner' }),
  themeIds: z.array(id).default([]),
  areaIds: z.array(id).default([]),
  introductionId: id.nullish(),
});
export type CollaborationInput = z.input<typeof collaborationInputSchema>;
export type CollaborationRow = ReturnType<typeof validateCollaboration>;

export function validateCollaboration(input: unknown, path: (string | number)[]) {
  const c = parseInput(collaborationInputSchema, input, path);
  const issues = periodIssues(c.since, c.until, path);
  if (issues.length) throw new ValidationError(issues);
  return {
    id: c.id ?? `collab-${randomUUID()}`,
    name: c.name,
    description: c.description ?? null,
    since: c.since ?? null,
    until: c.until ?? null,
    partnerIds: [...new Set(c.partnerIds)],
    themeIds: [...new Set(c.themeIds)],
    areaIds: [...new Set(c.areaIds)],
    introductionId: c.introductionId ?? null,
  };
}

function references(row: CollaborationRow, path: (string | number)[]): Reference[] {
  const refs: Reference[] = [
    ...row.partnerIds.map((key, i): Reference => ({ label: 'Organisation', key, path: [...path, 'partnerIds', i] })),
    ...row.themeIds.map((key, i): Reference => ({ label: 'Theme', key, path: [...path, 'themeIds', i] })),
    ...row.areaIds.map((key, i): Reference => ({ label: 'Area', key, path: [...path, 'areaIds', i] })),
  ];
  if (row.introductionId) refs.push({ label: 'Introduction', key: row.introductionId, path: [...path, 'introductionId'] });
  return refs;
}

const snapshot = (c: CollaborationRecord | CollaborationRow) => ({
  name: c.name, description: c.description ?? null, since: c.since ?? null, until: c.until ?? null,
  partnerIds: [...c.partnerIds].sort(), themeIds: [...c.themeIds].sort(), areaIds: [...c.areaIds].sort(), introductionId: c.introductionId ?? null,
});

function normaliseRecord(c: CollaborationRecord): CollaborationRecord {
  return { ...c, description: c.description ?? null, since: c.since ?? null, until: c.until ?? null, introductionId: c.introductionId ?? null, partnerIds: [...c.partnerIds].sort() };
}

async function load(tx: WriteTx, key: string, version?: number): Promise<CollaborationRecord> {
  return normaliseRecord(await loadOneForWrite<CollaborationRecord>(tx, 'collaboration/by-keys', 'collaboration', 'Collaboration', key, version));
}

export async function collaborationsByKeys(db: Database, keys: readonly string[]): Promise<(CollaborationRecord | null)[]> {
  const rows = await db.read<{ collaboration: CollaborationRecord }>('collaboration/by-keys', { keys: [...keys] });
  const found = new Map(rows.map((r) => [r.collaboration.id, normaliseRecord(r.collaboration)]));
  return keys.map((k) => found.get(k) ?? null);
}

export interface CollaborationFilter {
  partnerId?: string | null;
  themeId?: string | null;
  areaId?: string | null;
  text?: string | null;
}

export async function listCollaborations(db: Database, filter: CollaborationFilter, asOf: string | null, page: Page): Promise<PagedKeys> {
  const [row] = await db.read<PagedKeys>('collaboration/list', {
    asOf: asOfDate(asOf),
    partnerId: filter.partnerId ?? null,
    themeId: filter.themeId ?? null,
    areaId: filter.areaId ?? null,
    text: filter.text?.trim() ? filter.text.trim() : null,
    ...pageParams(page),
    limit: int(page.limit),
  });
  return row ?? { total: 0, keys: [] };
}

export async function collaborationKeysOfOrganisations(db: Database, keys: readonly string[], asOf: string | null): Promise<string[][]> {
  const rows = await db.read<{ key: string; collaborationKeys: string[] }>('collaboration/of-organisations', { keys: [...keys], asOf: asOfDate(asOf) });
  const found = new Map(rows.map((r) => [r.key, r.collaborationKeys]));
  return keys.map((k) => found.get(k) ?? []);
}

/** Creates a collaboration inside a caller's transaction (also used when an introduction converts). */
export async function createCollaborationIn(tx: WriteTx, row: CollaborationRow, actor: string, reason: string | null, at: string, path: (string | number)[]): Promise<CollaborationRecord> {
  if ((await loadByKeysIn<CollaborationRecord>(tx, 'collaboration/by-keys', 'collaboration', [row.id])).size) {
    throw new ConflictError('duplicate', `A collaboration with key "${row.id}" already exists`);
  }
  await assertReferencesExist(tx, references(row, path));
  await tx.run('collaboration/create', { row, at });
  await tx.run('collaboration/set-links', { row });
  const created = await load(tx, row.id);
  await recordChange(tx, { actor, action: 'create', entityType: 'Collaboration', entityId: row.id, after: snapshot(created), reason, at });
  return created;
}

export async function createCollaboration(db: Database, input: CollaborationInput, actor: string, reason?: string | null): Promise<CollaborationRecord> {
  const row = validateCollaboration(input, ['input']);
  return db.write((tx) => createCollaborationIn(tx, row, actor, reason ?? null, new Date().toISOString(), ['input']));
}

/** Replaces fields, partners, themes and areas; the introduction it followed does not change. */
export async function updateCollaboration(db: Database, input: CollaborationInput & { id: string }, version: number, actor: string, reason?: string | null): Promise<CollaborationRecord> {
  const parsed = validateCollaboration(input, ['input']);
  return db.write(async (tx) => {
    const existing = await load(tx, parsed.id, version);
    const row = { ...parsed, introductionId: existing.introductionId };
    await assertReferencesExist(tx, references(row, ['input']));
    const at = new Date().toISOString();
    await tx.run('collaboration/update', { row, version: int(version), at });
    await tx.run('collaboration/set-links', { row });
    const updated = await load(tx, row.id);
    await recordChange(tx, { actor, action: 'update', entityType: 'Collaboration', entityId: row.id, before: snapshot(existing), after: snapshot(updated), reason: reason ?? null, at });
    return updated;
  });
}

export async function addPartner(db: Database, key: string, organisationId: string, version: number, actor: string, reason?: string | null): Promise<CollaborationRecord> {
  return db.write(async (tx) => {
    const existing = await load(tx, key, version);
    await assertReferencesExist(tx, [{ label: 'Organisation', key: organisationId, path: ['organisationKey'] }]);
    if (existing.partnerIds.includes(organisationId)) throw new ConflictError('duplicate', `${organisationId} is already a partner in "${key}"`);
    const at = new Date().toISOString();
    await tx.run('collaboration/add-partner', { key, organisationId, version: int(version), at });
    const updated = await load(tx, key);
    await recordChange(tx, { actor, action: 'add-partner', entityType: 'Collaboration', entityId: key, before: snapshot(existing), after: snapshot(updated), reason: reason ?? null, at });
    return updated;
  });
}

export async function endCollaboration(db: Database, key: string, until: string, version: number, actor: string, reason?: string | null): Promise<CollaborationRecord> {
  const date = parseInput(isoDate, until, ['until']);
  return db.write(async (tx) => {
    const existing = await load(tx, key, version);
    if (existing.until) throw new ConflictError('already_ended', `Collaboration "${key}" already ended on ${existing.until}`);
    if (existing.since && date < existing.since) throw new ValidationError([{ path: ['until'], message: 'must not be before the collaboration began' }]);
    const at = new Date().toISOString();
    await tx.run('collaboration/end', { key, until: date, version: int(version), at });
    const ended = await load(tx, key);
    await recordChange(tx, { actor, action: 'end', entityType: 'Collaboration', entityId: key, before: snapshot(existing), after: snapshot(ended), reason: reason ?? null, at });
    return ended;
  });
}
