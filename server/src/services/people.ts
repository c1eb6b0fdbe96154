/**
 * People: staff of organisations (coordinators, CVC officers, representatives). Name and email are
 * personal data, kept as separate fields so they can be guarded; `role` (job title) is what
 * anonymised views show. A person works for one organisation at a time (`WORKS_FOR {since, until}`);
 * moving organisation ends one WORKS_FOR and starts another, leaving ends it. Nothing is deleted.
 */
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { Database, WriteTx } from '../db/database.ts';
import { int } from '../db/values.ts';
import { asOfDate, todayIso } from '../domain/dates.ts';
import { ConflictError, ValidationError } from '../domain/errors.ts';
import { id, isoDate, name, parseInput } from '../domain/validate.ts';
import { recordChange } from './audit.ts';
import { pageParams, type Page, type PagedKeys } from './paging.ts';
import { assertReferencesExist } from './references.ts';
import { loadByKeysIn, loadOneForWrite } from './versioned.ts';

export interface PersonRecord {
  id: string;
  name: string;
  email: string | null;
  role: string;
  /** organisation of the current (else the latest) employment */
  organisationId: string | null;
  since: string | null;
  until: string | null;
  version: number;
  createdAt: string | null;
  updatedAt: string | null;
}

export const personInputSchema = z.object({
  id: id.nullish(),
  name,
  email: z.email({ message: 'must be an email address' }).nullish(),
  role: z.string().trim().min(1, { message: 'must not be empty' }).max(300),
  organisationId: id,
  since: isoDate.nullish(),
});
export type PersonInput = z.input<typeof personInputSchema>;

function validate(input: unknown, path: (string | number)[]) {
  const p = parseInput(personInputSchema, input, path);
  return {
    id: p.id ?? `person-${randomUUID()}`,
    name: p.name,
    email: p.email ? p.email.trim().toLowerCase() : null,
    role: p.role,
    organisationId: p.organisationId,
    since: p.since ?? null,
  };
}

const snapshot = (p: PersonRecord) => ({
  name: p.name, email: p.email ?? null, role: p.role, organisationId: p.organisationId ?? null,
  since: p.since ?? null, until: p.until ?? null,
});

const load = (tx: WriteTx, key: string, version?: number) => loadOneForWrite<PersonRecord>(tx, 'person/by-keys', 'person', 'Person', key, version);

export async function peopleByKeys(db: Database, keys: readonly string[]): Promise<(PersonRecord | null)[]> {
  const rows = await db.read<{ person: PersonRecord }>('person/by-keys', { keys: [...keys] });
  const found = new Map(rows.map((r) => [r.person.id, r.person]));
  return keys.map((k) => found.get(k) ?? null);
}

export interface PersonFilter {
  organisationId?: string | null;
  /** works for an organisation in this area or its sub-areas */
  areaId?: string | null;
  /** part of the name or role */
  text?: string | null;
}

/** Whose names the text filter may match: everyone's (admin), people in these areas, or no one's. */
export type NameSearchScope = 'everyone' | { areaIds: readonly string[] };

export async function listPeople(db: Database, filter: PersonFilter, asOf: string | null, page: Page, names: NameSearchScope = { areaIds: [] }): Promise<PagedKeys> {
  const [row] = await db.read<PagedKeys>('person/list', {
    namesEverywhere: names === 'everyone',
    nameAreas: names === 'everyone' ? [] : [...names.areaIds],
    asOf: asOfDate(asOf),
    organisationId: filter.organisationId ?? null,
    areaId: filter.areaId ?? null,
    text: filter.text?.trim() ? filter.text.trim() : null,
    ...pageParams(page),
    limit: int(page.limit),
  });
  return row ?? { total: 0, keys: [] };
}

export async function personKeysOfOrganisations(db: Database, keys: readonly string[], asOf: string | null): Promise<string[][]> {
  const rows = await db.read<{ key: string; personKeys: string[] }>('person/of-organisations', { keys: [...keys], asOf: asOfDate(asOf) });
  const found = new Map(rows.map((r) => [r.key, r.personKeys]));
  return keys.map((k) => found.get(k) ?? []);
}

export async function createPerson(db: Database, input: PersonInput, actor: string, reason?: string | null): Promise<PersonRecord> {
  const row = validate(input, ['input']);
  return db.write(async (tx) => {
    if ((await loadByKeysIn<PersonRecord>(tx, 'person/by-keys', 'person', [row.id])).size) {
      throw new ConflictError('duplicate', `A person with key "${row.id}" already exists`);
    }
    await assertReferencesExist(tx, [{ label: 'Organisation', key: row.organisationId, path: ['input', 'organisationId'] }]);
    const at = new Date().toISOString();
    await tx.run('person/create', { row, at });
    const created = await load(tx, row.id);
    await recordChange(tx, { actor, action: 'create', entityType: 'Person', entityId: row.id, after: snapshot(created), reason: reason ?? null, at });
    return created;
  });
}

/**
 * Updates name, email and role. A different organisation is a move: the current employment ends on
 * `since` (default today) and a new one starts that day. The same organisation with `since` corrects
 * when the current employment began.
 */
export async function updatePerson(db: Database, input: PersonInput & { id: string }, version: number, actor: string, reason?: string | null): Promise<PersonRecord> {
  const row = validate(input, ['input']);
  return db.write(async (tx) => {
    const existing = await load(tx, row.id, version);
    await assertReferencesExist(tx, [{ label: 'Organisation', key: row.organisationId, path: ['input', 'organisationId'] }]);
    const at = new Date().toISOString();
    await tx.run('person/update', { row, version: int(version), at });
    if (existing.organisationId !== row.organisationId || existing.until) {
      const on = row.since ?? todayIso();
      if (existing.since && on < existing.since) {
        throw new ValidationError([{ path: ['input', 'since'], message: `must not be before the current employment began (${existing.since})` }]);
      }
      await tx.run('person/move', { key: row.id, organisationId: row.organisationId, on });
    } else if (row.since && row.since !== existing.since) {
      await tx.run('person/set-since', { key: row.id, since: row.since });
    }
    const updated = await load(tx, row.id);
    await recordChange(tx, { actor, action: 'update', entityType: 'Person', entityId: row.id, before: snapshot(existing), after: snapshot(updated), reason: reason ?? null, at });
    return updated;
  });
}

/** The person leaves their organisation on `until`; they stay visible as of earlier dates. */
export async function endPerson(db: Database, key: string, until: string, version: number, actor: string, reason?: string | null): Promise<PersonRecord> {
  const date = parseInput(isoDate, until, ['until']);
  return db.write(async (tx) => {
    const existing = await load(tx, key, version);
    if (existing.until || !existing.organisationId) throw new ConflictError('already_ended', `Person "${key}" already left on ${existing.until ?? 'an earlier date'}`);
    if (existing.since && date < existing.since) throw new ValidationError([{ path: ['until'], message: 'must not be before the employment began' }]);
    const at = new Date().toISOString();
    await tx.run('person/end', { key, until: date, version: int(version), at });
    const ended = await load(tx, key);
    await recordChange(tx, { actor, action: 'end', entityType: 'Person', entityId: key, before: snapshot(existing), after: snapshot(ended), reason: reason ?? null, at });
    return ended;
  });
}
