/**
 * Bodies: PSBs/LSBs, their sub-groups, fora, partnerships, programmes and networks. A body is valid
 * from `validFrom` to `validTo`; ending it sets `validTo` and a status (lapsed, or replaced when a
 * successor takes over with SUCCESSOR_OF). Members join and leave over time (`MEMBER_OF {since,
 * until, broughtBy}`, one relationship per membership period), recording who brought whom.
 */
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { Database, WriteTx } from '../db/database.ts';
import { int } from '../db/values.ts';
import { asOfDate, todayIso } from '../domain/dates.ts';
import { ConflictError, NotFoundError, ValidationError } from '../domain/errors.ts';
import { BODY_TYPES } from '../domain/model.ts';
import { id, isoDate, name, parseInput } from '../domain/validate.ts';
import { recordChange } from './audit.ts';
import { pageParams, type Page, type PagedKeys } from './paging.ts';
import { assertReferencesExist, type Reference } from './references.ts';
import { loadByKeysIn, loadOneForWrite } from './versioned.ts';

export const BODY_STATUSES = ['active', 'lapsed', 'replaced'] as const;

export interface BodyRecord {
  id: string;
  name: string;
  nameCy: string | null;
  type: string;
  status: string;
  validFrom: string | null;
  validTo: string | null;
  parentId: string | null;
  predecessorId: string | null;
  successorIds: string[];
  ownerId: string | null;
  areaIds: string[];
  themeIds: string[];
  coordinatorIds: string[];
  expectedSectorIds: string[];
  subGroupIds: string[];
  seatIds: string[];
  version: number;
  createdAt: string | null;
  updatedAt: string | null;
}

export interface MembershipRecord {
  organisationId: string;
  bodyId: string;
  since: string | null;
  until: string | null;
  broughtById: string | null;
}

export const bodyInputSchema = z.object({
  id: id.nullish(),
  name,
  nameCy: z.string().trim().max(300).nullish(),
  type: z.enum(BODY_TYPES, { message: `must be one of ${BODY_TYPES.join(', ')}` }),
  status: z.enum(BODY_STATUSES, { message: `must be one of ${BODY_STATUSES.join(', ')}` }).default('active'),
  validFrom: isoDate.nullish(),
  validTo: isoDate.nullish(),
  parentId: id.nullish(),
  ownerId: id.nullish(),
  areaIds: z.array(id).default([]),
  themeIds: z.array(id).default([]),
  coordinatorIds: z.array(id).default([]),
  expectedSectorIds: z.array(id).default([]),
  /** create only: the body this one replaces */
  predecessorId: id.nullish(),
});
export type BodyInput = z.input<typeof bodyInputSchema>;
type BodyRow = ReturnType<typeof validate>;

function validate(input: unknown, path: (string | number)[]) {
  const b = parseInput(bodyInputSchema, input, path);
  const row = {
    id: b.id ?? `body-${randomUUID()}`,
    name: b.name,
    nameCy: b.nameCy ?? null,
    type: b.type,
    status: b.status,
    validFrom: b.validFrom ?? null,
    validTo: b.validTo ?? null,
    parentId: b.parentId ?? null,
    ownerId: b.ownerId ?? null,
    areaIds: [...new Set(b.areaIds)],
    themeIds: [...new Set(b.themeIds)],
    coordinatorIds: [...new Set(b.coordinatorIds)],
    expectedSectorIds: [...new Set(b.expectedSectorIds)],
    predecessorId: b.predecessorId ?? null,
  };
  const issues: ValidationError['fieldErrors'] = [];
  if (row.validFrom && row.validTo && row.validTo < row.validFrom) issues.push({ path: [...path, 'validTo'], message: 'must not be before validFrom' });
  if (row.parentId && row.parentId === row.id) issues.push({ path: [...path, 'parentId'], message: 'a body cannot be part of itself' });
  if (row.predecessorId && row.predecessorId === row.id) issues.push({ path: [...path, 'predecessorId'], message: 'a body cannot succeed itself' });
  if (issues.length) throw new ValidationError(issues);
  return row;
}

function references(row: BodyRow, path: (string | number)[]): Reference[] {
  const refs: Reference[] = [];
  if (row.parentId) refs.push({ label: 'Body', key: row.parentId, path: [...path, 'parentId'] });
  if (row.ownerId) refs.push({ label: 'Organisation', key: row.ownerId, path: [...path, 'ownerId'] });
  if (row.predecessorId) refs.push({ label: 'Body', key: row.predecessorId, path: [...path, 'predecessorId'] });
  row.areaIds.forEach((key, i) => refs.push({ label: 'Area', key, path: [...path, 'areaIds', i] }));
  row.themeIds.forEach((key, i) => refs.push({ label: 'Theme', key, path: [...path, 'themeIds', i] }));
  row.coordinatorIds.forEach((key, i) => refs.push({ label: 'Person', key, path: [...path, 'coordinatorIds', i] }));
  row.expectedSectorIds.forEach((key, i) => refs.push({ label: 'Sector', key, path: [...path, 'expectedSectorIds', i] }));
  return refs;
}

const snapshot = (b: BodyRecord | BodyRow) => ({
  name: b.name, nameCy: b.nameCy ?? null, type: b.type, status: b.status, validFrom: b.validFrom ?? null, validTo: b.validTo ?? null,
  parentId: b.parentId ?? null, predecessorId: b.predecessorId ?? null, ownerId: b.ownerId ?? null,
  areaIds: [...b.areaIds].sort(), themeIds: [...b.themeIds].sort(), coordinatorIds: [...b.coordinatorIds].sort(),
  expectedSectorIds: [...(b.expectedSectorIds ?? [])].sort(),
});

const load = (tx: WriteTx, key: string, version?: number) => loadOneForWrite<BodyRecord>(tx, 'body/by-keys', 'body', 'Body', key, version);

/** Neo4j drops null properties and empty link lists come back as []: fill the record's shape. */
function normaliseRecord(b: BodyRecord): BodyRecord {
  return { ...b, nameCy: b.nameCy ?? null, validFrom: b.validFrom ?? null, validTo: b.validTo ?? null, parentId: b.parentId ?? null, predecessorId: b.predecessorId ?? null, ownerId: b.ownerId ?? null };
}

export async function bodiesByKeys(db: Database, keys: readonly string[]): Promise<(BodyRecord | null)[]> {
  const rows = await db.read<{ body: BodyRecord }>('body/by-keys', { keys: [...keys] });
  const found = new Map(rows.map((r) => [r.body.id, normaliseRecord(r.body)]));
  return keys.map((k) => found.get(k) ?? null);
}

/** Is the body valid on `date` (validFrom <= date < validTo)? */
export function bodyValidOn(b: Pick<BodyRecord, 'validFrom' | 'validTo'>, date: string): boolean {
  return (!b.validFrom || b.validFrom <= date) && (!b.validTo || date < b.validTo);
}

export interface BodyFilter {
  types?: string[] | null;
  statuses?: string[] | null;
  /** covers this area or one of its sub-areas */
  areaId?: string | null;
  parentId?: string | null;
  text?: string | null;
}

export async function listBodies(db: Database, filter: BodyFilter, asOf: string | null, page: Page): Promise<PagedKeys> {
  const [row] = await db.read<PagedKeys>('body/list', {
    asOf: asOfDate(asOf),
    types: filter.types?.length ? filter.types : null,
    statuses: filter.statuses?.length ? filter.statuses : null,
    areaId: filter.areaId ?? null,
    parentId: filter.parentId ?? null,
    text: filter.text?.trim() ? filter.text.trim() : null,
    ...pageParams(page),
    limit: int(page.limit),
  });
  return row ?? { total: 0, keys: [] };
}

/** Each body's predecessors, nearest first, back to the first body of its line. */
export async function lineages(db: Database, keys: readonly string[]): Promise<string[][]> {
  const rows = await db.read<{ key: string; lineage: string[] }>('body/lineage', { keys: [...keys] });
  const found = new Map(rows.map((r) => [r.key, r.lineage]));
  return keys.map((k) => found.get(k) ?? []);
}

const cleanMembership = (m: MembershipRecord): MembershipRecord => ({
  organisationId: m.organisationId, bodyId: m.bodyId, since: m.since ?? null, until: m.until ?? null, broughtById: m.broughtById ?? null,
});

/** Members of each body as of a date, or every membership period when `all`. */
export async function membersOfBodies(db: Database, keys: readonly string[], asOf: string | null, all = false): Promise<MembershipRecord[][]> {
  const rows = await db.read<{ key: string; memberships: MembershipRecord[] }>('body/members', { keys: [...keys], asOf: asOfDate(asOf), all });
  const found = new Map(rows.map((r) => [r.key, r.memberships.map(cleanMembership)]));
  return keys.map((k) => found.get(k) ?? []);
}

export async function membershipsOfOrganisations(db: Database, keys: readonly string[], asOf: string | null): Promise<MembershipRecord[][]> {
  const rows = await db.read<{ key: string; memberships: MembershipRecord[] }>('body/memberships-of-organisations', { keys: [...keys], asOf: asOfDate(asOf) });
  const found = new Map(rows.map((r) => [r.key, r.memberships.map(cleanMembership)]));
  return keys.map((k) => found.get(k) ?? []);
}

async function assertNoCycle(tx: WriteTx, row: BodyRow, path: (string | number)[]) {
  if (!row.parentId) return;
  const [result] = await tx.run<{ cycle: boolean }>('body/parent-cycle', { id: row.id, parentId: row.parentId });
  if (result?.cycle) throw new ValidationError([{ path: [...path, 'parentId'], message: `"${row.parentId}" is part of this body already; that would make a loop` }]);
}

async function createIn(tx: WriteTx, row: BodyRow, actor: string, reason: string | null, at: string, path: (string | number)[]): Promise<BodyRecord> {
  if ((await loadByKeysIn<BodyRecord>(tx, 'body/by-keys', 'body', [row.id])).size) {
    throw new ConflictError('duplicate', `A body with key "${row.id}" already exists`);
  }
  await assertReferencesExist(tx, references(row, path));
  await tx.run('body/create', { row, at });
  await tx.run('body/set-links', { row });
  const created = await load(tx, row.id);
  await recordChange(tx, { actor, action: 'create', entityType: 'Body', entityId: row.id, after: snapshot(created), reason, at });
  return created;
}

export async function createBody(db: Database, input: BodyInput, actor: string, reason?: string | null): Promise<BodyRecord> {
  const row = validate(input, ['input']);
  return db.write((tx) => createIn(tx, row, actor, reason ?? null, new Date().toISOString(), ['input']));
}

export async function updateBody(db: Database, input: BodyInput & { id: string }, version: number, actor: string, reason?: string | null): Promise<BodyRecord> {
  const row = validate(input, ['input']);
  return db.write(async (tx) => {
    const existing = await load(tx, row.id, version);
    if (row.predecessorId && row.predecessorId !== existing.predecessorId) {
      throw new ValidationError([{ path: ['input', 'predecessorId'], message: 'lineage cannot be rewritten; use replaceBody' }]);
    }
    await assertReferencesExist(tx, references(row, ['input']));
    await assertNoCycle(tx, row, ['input']);
    const at = new Date().toISOString();
    await tx.run('body/update', { row, version: int(version), at });
    await tx.run('body/set-links', { row });
    const updated = await load(tx, row.id);
    await recordChange(tx, { actor, action: 'update', entityType: 'Body', entityId: row.id, before: snapshot(existing), after: snapshot(updated), reason: reason ?? null, at });
    return updated;
  });
}

async function endIn(tx: WriteTx, existing: BodyRecord, validTo: string, status: 'lapsed' | 'replaced', actor: string, reason: string | null, at: string) {
  if (existing.validTo || existing.status !== 'active') {
    throw new ConflictError('already_ended', `Body "${existing.id}" already ended (${existing.status}${existing.validTo ? ` on ${existing.validTo}` : ''})`);
  }
  if (existing.validFrom && validTo < existing.validFrom) throw new ValidationError([{ path: ['validTo'], message: 'must not be before the body began' }]);
  await tx.run('body/end', { key: existing.id, validTo, status, version: int(existing.version), at });
  const ended = await load(tx, existing.id);
  await recordChange(tx, { actor, action: 'end', entityType: 'Body', entityId: existing.id, before: snapshot(existing), after: snapshot(ended), reason, at });
  return ended;
}

/** Ends a body on `validTo` with status lapsed; it stays visible as of earlier dates. */
export async function endBody(db: Database, key: string, validTo: string, version: number, actor: string, reason?: string | null): Promise<BodyRecord> {
  const date = parseInput(isoDate, validTo, ['validTo']);
  return db.write(async (tx) => endIn(tx, await load(tx, key, version), date, 'lapsed', actor, reason ?? null, new Date().toISOString()));
}

/**
 * One transaction: creates the successor (valid from `on`, SUCCESSOR_OF the old body) and ends the
 * old body on `on` with status replaced. Returns the successor.
 */
export async function replaceBody(
  db: Database,
  key: string,
  version: number,
  successor: BodyInput,
  on: string | null,
  actor: string,
  reason?: string | null,
): Promise<BodyRecord> {
  const date = on ? parseInput(isoDate, on, ['on']) : todayIso();
  const row = validate({ ...successor, validFrom: successor.validFrom ?? date, predecessorId: key }, ['successor']);
  return db.write(async (tx) => {
    const existing = await load(tx, key, version);
    const at = new Date().toISOString();
    await endIn(tx, existing, date, 'replaced', actor, reason ?? null, at);
    return createIn(tx, row, actor, reason ?? `replaces ${key}`, at, ['successor']);
  });
}

export async function addMember(
  db: Database,
  input: { bodyId: string; organisationId: string; since?: string | null; broughtById?: string | null },
  actor: string,
  reason?: string | null,
): Promise<MembershipRecord> {
  const m = parseInput(
    z.object({ bodyId: id, organisationId: id, since: isoDate.nullish(), broughtById: id.nullish() }).refine((x) => x.broughtById !== x.organisationId, {
      path: ['broughtById'],
      message: 'an organisation cannot bring itself in',
    }),
    input,
    ['input'],
  );
  return db.write(async (tx) => {
    const refs: Reference[] = [
      { label: 'Body', key: m.bodyId, path: ['input', 'bodyId'] },
      { label: 'Organisation', key: m.organisationId, path: ['input', 'organisationId'] },
    ];
    if (m.broughtById) refs.push({ label: 'Organisation', key: m.broughtById, path: ['input', 'broughtById'] });
    await assertReferencesExist(tx, refs);
    const body = await load(tx, m.bodyId);
    if (body.validTo && (!m.since || m.since >= body.validTo)) throw new ConflictError('already_ended', `Body "${m.bodyId}" ended on ${body.validTo}`);
    const open = await tx.run<{ membership: MembershipRecord }>('body/open-membership', m);
    if (open.length) throw new ConflictError('duplicate', `${m.organisationId} is already a member of ${m.bodyId} (since ${open[0]!.membership.since ?? 'the start'})`);
    const at = new Date().toISOString();
    const [row] = await tx.run<{ membership: MembershipRecord }>('body/add-member', {
      bodyId: m.bodyId, organisationId: m.organisationId, since: m.since ?? null, broughtById: m.broughtById ?? null, at, actor,
    });
    const membership = cleanMembership(row!.membership);
    await recordChange(tx, { actor, action: 'add-member', entityType: 'Body', entityId: m.bodyId, after: membership, reason: reason ?? null, at });
    return membership;
  });
}

export async function endMembership(db: Database, bodyId: string, organisationId: string, until: string, actor: string, reason?: string | null): Promise<MembershipRecord> {
  const date = parseInput(isoDate, until, ['until']);
  return db.write(async (tx) => {
    const [open] = await tx.run<{ membership: MembershipRecord }>('body/open-membership', { bodyId, organisationId });
    if (!open) throw new NotFoundError('Membership', `${organisationId} in ${bodyId}`);
    const before = cleanMembership(open.membership);
    if (before.since && date < before.since) throw new ValidationError([{ path: ['until'], message: 'must not be before the membership began' }]);
    const [row] = await tx.run<{ membership: MembershipRecord }>('body/end-membership', { bodyId, organisationId, until: date });
    const after = cleanMembership(row!.membership);
    const at = new Date().toISOString();
    await recordChange(tx, { actor, action: 'end-membership', entityType: 'Body', entityId: bodyId, before, after, reason: reason ?? null, at });
    return after;
  });
}
