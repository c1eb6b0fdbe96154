/**
 * Seats on bodies and who held them: one `(:Person)-[:HOLDS {since, until}]->(:Seat)` per holding
 * period, so "who held it as of D" and "was it vacant as of D" are answered from the periods.
 * Filling a seat ends any current holding the day the new one starts, in the same transaction.
 * Representatives log report-backs (`ReportBack {date, summary}` FOR_SEAT, BY a person).
 */
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { Database, WriteTx } from '../db/database.ts';
import { int } from '../db/values.ts';
import { asOfDate, todayIso } from '../domain/dates.ts';
import { ConflictError, ValidationError } from '../domain/errors.ts';
import { SEAT_TYPES } from '../domain/model.ts';
import { id, isoDate, parseInput, periodIssues } from '../domain/validate.ts';
import { recordChange } from './audit.ts';
import { pageParams, type Page, type PagedKeys } from './paging.ts';
import { assertReferencesExist, type Reference } from './references.ts';
import { loadByKeysIn, loadOneForWrite } from './versioned.ts';

export interface SeatHoldingRecord {
  personId: string;
  since: string | null;
  until: string | null;
}

export interface SeatRecord {
  id: string;
  bodyId: string;
  seatType: string;
  onBehalfOfId: string | null;
  since: string | null;
  until: string | null;
  /** every holding period, earliest first */
  holdings: SeatHoldingRecord[];
  version: number;
  createdAt: string | null;
  updatedAt: string | null;
}

export interface ReportBackRecord {
  id: string;
  seatId: string;
  personId: string | null;
  date: string;
  summary: string;
  recordedAt: string | null;
  recordedBy: string | null;
}

const inPeriod = (p: { since?: string | null; until?: string | null }, date: string) => (!p.since || p.since <= date) && (!p.until || date < p.until);

/** The holding in force on `date`, if any. */
export function holdingOn(seat: SeatRecord, date: string): SeatHoldingRecord | null {
  return seat.holdings.find((h) => inPeriod(h, date)) ?? null;
}

/** The seat exists on `date` and nobody holds it. */
export function vacantOn(seat: SeatRecord, date: string): boolean {
  return inPeriod(seat, date) && !holdingOn(seat, date);
}

export function seatExistsOn(seat: SeatRecord, date: string): boolean {
  return inPeriod(seat, date);
}

function normaliseRecord(s: SeatRecord): SeatRecord {
  return {
    ...s,
    onBehalfOfId: s.onBehalfOfId ?? null,
    since: s.since ?? null,
    until: s.until ?? null,
    holdings: s.holdings
      .map((h) => ({ personId: h.personId, since: h.since ?? null, until: h.until ?? null }))
      .sort((a, b) => (a.since ?? '').localeCompare(b.since ?? '') || (a.until ?? '9999').localeCompare(b.until ?? '9999')),
  };
}

export const seatInputSchema = z.object({
  id: id.nullish(),
  bodyId: id,
  seatType: z.enum(SEAT_TYPES, { message: `must be one of ${SEAT_TYPES.join(', ')}` }),
  onBehalfOfId: id.nullish(),
  since: isoDate.nullish(),
  until: isoDate.nullish(),
});
export type SeatInput = z.input<typeof seatInputSchema>;

function validate(input: unknown, path: (string | number)[]) {
  const s = parseInput(seatInputSchema, input, path);
  const issues = periodIssues(s.since, s.until, path);
  if (issues.length) throw new ValidationError(issues);
  return { id: s.id ?? `seat-${randomUUID()}`, bodyId: s.bodyId, seatType: s.seatType, onBehalfOfId: s.onBehalfOfId ?? null, since: s.since ?? null, until: s.until ?? null };
}

const snapshot = (s: SeatRecord) => ({
  bodyId: s.bodyId, seatType: s.seatType, onBehalfOfId: s.onBehalfOfId ?? null, since: s.since ?? null, until: s.until ?? null,
  holdings: s.holdings.map((h) => ({ personId: h.personId, since: h.since ?? null, until: h.until ?? null })),
});

async function load(tx: WriteTx, key: string, version?: number): Promise<SeatRecord> {
  return normaliseRecord(await loadOneForWrite<SeatRecord>(tx, 'seat/by-keys', 'seat', 'Seat', key, version));
}

export async function seatsByKeys(db: Database, keys: readonly string[]): Promise<(SeatRecord | null)[]> {
  const rows = await db.read<{ seat: SeatRecord }>('seat/by-keys', { keys: [...keys] });
  const found = new Map(rows.map((r) => [r.seat.id, normaliseRecord(r.seat)]));
  return keys.map((k) => found.get(k) ?? null);
}

export interface SeatFilter {
  bodyId?: string | null;
  seatTypes?: string[] | null;
  onBehalfOfId?: string | null;
  holderId?: string | null;
  /** on a body covering this area or one of its sub-areas */
  areaId?: string | null;
  vacant?: boolean | null;
}

export async function listSeats(db: Database, filter: SeatFilter, asOf: string | null, page: Page): Promise<PagedKeys> {
  const [row] = await db.read<PagedKeys>('seat/list', {
    asOf: asOfDate(asOf),
    bodyId: filter.bodyId ?? null,
    seatTypes: filter.seatTypes?.length ? filter.seatTypes : null,
    onBehalfOfId: filter.onBehalfOfId ?? null,
    holderId: filter.holderId ?? null,
    areaId: filter.areaId ?? null,
    vacant: filter.vacant ?? null,
    ...pageParams(page),
    limit: int(page.limit),
  });
  return row ?? { total: 0, keys: [] };
}

export async function reportBacksOfSeats(db: Database, keys: readonly string[]): Promise<ReportBackRecord[][]> {
  const rows = await db.read<{ key: string; reportBacks: ReportBackRecord[] }>('report-back/of-seats', { keys: [...keys] });
  const found = new Map(rows.map((r) => [r.key, r.reportBacks]));
  return keys.map((k) => found.get(k) ?? []);
}

export async function createSeat(db: Database, input: SeatInput, actor: string, reason?: string | null): Promise<SeatRecord> {
  const row = validate(input, ['input']);
  return db.write(async (tx) => {
    if ((await loadByKeysIn<SeatRecord>(tx, 'seat/by-keys', 'seat', [row.id])).size) throw new ConflictError('duplicate', `A seat with key "${row.id}" already exists`);
    const refs: Reference[] = [{ label: 'Body', key: row.bodyId, path: ['input', 'bodyId'] }];
    if (row.onBehalfOfId) refs.push({ label: 'Organisation', key: row.onBehalfOfId, path: ['input', 'onBehalfOfId'] });
    await assertReferencesExist(tx, refs);
    const at = new Date().toISOString();
    await tx.run('seat/create', { row, at });
    const created = await load(tx, row.id);
    await recordChange(tx, { actor, action: 'create', entityType: 'Seat', entityId: row.id, after: snapshot(created), reason: reason ?? null, at });
    return created;
  });
}

/** Changes a seat's type, dates or whom it is held for (not its body or holders). */
export async function updateSeat(db: Database, input: SeatInput & { id: string }, version: number, actor: string, reason?: string | null): Promise<SeatRecord> {
  const row = validate(input, ['input']);
  return db.write(async (tx) => {
    const existing = await load(tx, row.id, version);
    if (existing.bodyId !== row.bodyId) throw new ValidationError([{ path: ['input', 'bodyId'], message: 'a seat cannot move to another body; end it and create a new one' }]);
    if (row.onBehalfOfId) await assertReferencesExist(tx, [{ label: 'Organisation', key: row.onBehalfOfId, path: ['input', 'onBehalfOfId'] }]);
    const at = new Date().toISOString();
    await tx.run('seat/update', { row, version: int(version), at });
    const updated = await load(tx, row.id);
    await recordChange(tx, { actor, action: 'update', entityType: 'Seat', entityId: row.id, before: snapshot(existing), after: snapshot(updated), reason: reason ?? null, at });
    return updated;
  });
}

/** `personId` holds the seat from `since` (default today); whoever held it then stops that day. */
export async function fillSeat(db: Database, seatId: string, personId: string, since: string | null, version: number, actor: string, reason?: string | null): Promise<SeatRecord> {
  const date = since ? parseInput(isoDate, since, ['since']) : todayIso();
  return db.write(async (tx) => {
    const existing = await load(tx, seatId, version);
    await assertReferencesExist(tx, [{ label: 'Person', key: personId, path: ['personKey'] }]);
    if (existing.until && date >= existing.until) throw new ConflictError('already_ended', `Seat "${seatId}" ended on ${existing.until}`);
    if (existing.since && date < existing.since) throw new ValidationError([{ path: ['since'], message: `must not be before the seat began (${existing.since})` }]);
    const current = holdingOn(existing, date);
    if (current?.personId === personId) throw new ConflictError('duplicate', `${personId} already holds seat "${seatId}" on ${date}`);
    const later = existing.holdings.find((h) => h.since && h.since > date);
    if (later) throw new ValidationError([{ path: ['since'], message: `must not be before a later holding began (${later.since})` }]);
    const at = new Date().toISOString();
    await tx.run('seat/end-holdings', { key: seatId, until: date });
    await tx.run('seat/add-holding', { key: seatId, personId, since: date, at, actor });
    await tx.run('seat/touch', { key: seatId, version: int(version), at });
    const filled = await load(tx, seatId);
    await recordChange(tx, { actor, action: 'fill', entityType: 'Seat', entityId: seatId, before: snapshot(existing), after: snapshot(filled), reason: reason ?? null, at });
    return filled;
  });
}

/** The current holder stops on `until` (default today); the seat is vacant from then. */
export async function vacateSeat(db: Database, seatId: string, until: string | null, version: number, actor: string, reason?: string | null): Promise<SeatRecord> {
  const date = until ? parseInput(isoDate, until, ['until']) : todayIso();
  return db.write(async (tx) => {
    const existing = await load(tx, seatId, version);
    const open = existing.holdings.find((h) => !h.until || h.until > date);
    if (!open) throw new ConflictError('already_ended', `Seat "${seatId}" is already vacant on ${date}`);
    if (open.since && date < open.since) throw new ValidationError([{ path: ['until'], message: `must not be before the holding began (${open.since})` }]);
    const at = new Date().toISOString();
    await tx.run('seat/end-holdings', { key: seatId, until: date });
    await tx.run('seat/touch', { key: seatId, version: int(version), at });
    const vacated = await load(tx, seatId);
    await recordChange(tx, { actor, action: 'vacate', entityType: 'Seat', entityId: seatId, before: snapshot(existing), after: snapshot(vacated), reason: reason ?? null, at });
    return vacated;
  });
}

/** The seat ends on `until` and so does any holding still open then. */
export async function endSeat(db: Database, seatId: string, until: string, version: number, actor: string, reason?: string | null): Promise<SeatRecord> {
  const date = parseInput(isoDate, until, ['until']);
  return db.write(async (tx) => {
    const existing = await load(tx, seatId, version);
    if (existing.until) throw new ConflictError('already_ended', `Seat "${seatId}" already ended on ${existing.until}`);
    if (existing.since && date < existing.since) throw new ValidationError([{ path: ['until'], message: 'must not be before the seat began' }]);
    const at = new Date().toISOString();
    await tx.run('seat/end-holdings', { key: seatId, until: date });
    await tx.run('seat/end', { key: seatId, until: date, version: int(version), at });
    const ended = await load(tx, seatId);
    await recordChange(tx, { actor, action: 'end', entityType: 'Seat', entityId: seatId, before: snapshot(existing), after: snapshot(ended), reason: reason ?? null, at });
    return ended;
  });
}

export const reportBackInputSchema = z.object({
  seatId: id,
  /** default: whoever held the seat on `date` */
  personId: id.nullish(),
  date: isoDate,
  summary: z.string().trim().min(1, { message: 'must not be empty' }).max(10_000),
});
export type ReportBackInput = z.input<typeof reportBackInputSchema>;

export async function logReportBack(db: Database, input: ReportBackInput, actor: string, reason?: string | null): Promise<ReportBackRecord> {
  const r = parseInput(reportBackInputSchema, input, ['input']);
  return db.write(async (tx) => {
    const refs: Reference[] = [{ label: 'Seat', key: r.seatId, path: ['input', 'seatId'] }];
    if (r.personId) refs.push({ label: 'Person', key: r.personId, path: ['input', 'personId'] });
    await assertReferencesExist(tx, refs);
    const seat = await load(tx, r.seatId);
    const personId = r.personId ?? holdingOn(seat, r.date)?.personId;
    if (!personId) throw new ValidationError([{ path: ['input', 'personId'], message: `is required: nobody held the seat on ${r.date}` }]);
    const at = new Date().toISOString();
    const row = { id: `report-back-${randomUUID()}`, seatId: r.seatId, personId, date: r.date, summary: r.summary };
    const [created] = await tx.run<{ reportBack: ReportBackRecord }>('report-back/create', { row, at, actor });
    await recordChange(tx, { actor, action: 'report-back', entityType: 'Seat', entityId: r.seatId, after: row, reason: reason ?? null, at });
    return created!.reportBack;
  });
}
