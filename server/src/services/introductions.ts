/**
 * The brokerage pipeline. An Introduction joins two organisations, is brokered by a person and
 * optionally made via an introducing organisation (`VIA`). Its status moves
 *   suggested -> introduced -> meeting_held -> collaborating
 * and may end declined or lapsed from any open state; collaborating is reached only from
 * introduced or meeting_held; terminal states (collaborating, declined, lapsed) never move.
 * Every move is kept as an `IntroductionEvent {seq, status, at, note, byId}`, so the status of an
 * introduction as of any date can be read back.
 */
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { Database, WriteTx } from '../db/database.ts';
import { int } from '../db/values.ts';
import { asOfDate, todayIso } from '../domain/dates.ts';
import { ConflictError, ValidationError } from '../domain/errors.ts';
import { INTRODUCTION_STATUSES, type IntroductionStatus } from '../domain/model.ts';
import { id, isoDate, parseInput } from '../domain/validate.ts';
import { recordChange } from './audit.ts';
import { createCollaborationIn, validateCollaboration, type CollaborationInput, type CollaborationRecord } from './collaborations.ts';
import { pageParams, type Page, type PagedKeys } from './paging.ts';
import { assertReferencesExist, type Reference } from './references.ts';
import { loadOneForWrite } from './versioned.ts';

export const OPEN_STATUSES: readonly IntroductionStatus[] = ['suggested', 'introduced', 'meeting_held'];
export const TERMINAL_STATUSES: readonly IntroductionStatus[] = ['collaborating', 'declined', 'lapsed'];

/** Allowed moves: from each status, the statuses it may move to. */
export const TRANSITIONS: Record<IntroductionStatus, readonly IntroductionStatus[]> = {
  suggested: ['introduced', 'declined', 'lapsed'],
  introduced: ['meeting_held', 'collaborating', 'declined', 'lapsed'],
  meeting_held: ['collaborating', 'declined', 'lapsed'],
  collaborating: [],
  declined: [],
  lapsed: [],
};

export function canMove(from: IntroductionStatus, to: IntroductionStatus): boolean {
  return TRANSITIONS[from].includes(to);
}

export interface IntroductionEventRecord {
  seq: number;
  status: IntroductionStatus;
  at: string;
  note: string | null;
  byId: string | null;
}

export interface IntroductionRecord {
  id: string;
  /** the two organisations, in key order */
  organisationIds: string[];
  brokerId: string | null;
  introducerId: string | null;
  status: IntroductionStatus;
  statusSince: string | null;
  note: string | null;
  suggestionEvidence: string | null;
  outcome: string | null;
  events: IntroductionEventRecord[];
  collaborationIds: string[];
  version: number;
  createdAt: string | null;
  updatedAt: string | null;
}

function normaliseRecord(i: IntroductionRecord): IntroductionRecord {
  return {
    ...i,
    organisationIds: [...i.organisationIds].sort(),
    brokerId: i.brokerId ?? null,
    introducerId: i.introducerId ?? null,
    statusSince: i.statusSince ?? null,
    note: i.note ?? null,
    suggestionEvidence: i.suggestionEvidence ?? null,
    outcome: i.outcome ?? null,
    events: i.events.map((e) => ({ seq: e.seq, status: e.status, at: e.at, note: e.note ?? null, byId: e.byId ?? null })),
  };
}

/** The status an introduction had on `date` (null when it did not exist yet). */
export function statusOn(i: IntroductionRecord, date: string): IntroductionStatus | null {
  let status: IntroductionStatus | null = null;
  for (const e of i.events) if (e.at <= date) status = e.status;
  return status;
}

const snapshot = (i: IntroductionRecord) => ({
  organisationIds: i.organisationIds, brokerId: i.brokerId, introducerId: i.introducerId, status: i.status,
  statusSince: i.statusSince, note: i.note, suggestionEvidence: i.suggestionEvidence,
});

async function load(tx: WriteTx, key: string, version?: number): Promise<IntroductionRecord> {
  return normaliseRecord(await loadOneForWrite<IntroductionRecord>(tx, 'introduction/by-keys', 'introduction', 'Introduction', key, version));
}

export async function introductionsByKeys(db: Database, keys: readonly string[]): Promise<(IntroductionRecord | null)[]> {
  const rows = await db.read<{ introduction: IntroductionRecord }>('introduction/by-keys', { keys: [...keys] });
  const found = new Map(rows.map((r) => [r.introduction.id, normaliseRecord(r.introduction)]));
  return keys.map((k) => found.get(k) ?? null);
}

export interface IntroductionFilter {
  /** status on the asOf date */
  statuses?: string[] | null;
  brokerId?: string | null;
  /** either organisation is in this area or one of its sub-areas */
  areaId?: string | null;
  organisationId?: string | null;
}

/** Introductions that existed on `asOf` (default today), filtered by their status on that date. */
export async function listIntroductions(db: Database, filter: IntroductionFilter, asOf: string | null, page: Page): Promise<PagedKeys> {
  const [row] = await db.read<PagedKeys>('introduction/list', {
    asOf: asOfDate(asOf),
    statuses: filter.statuses?.length ? filter.statuses : null,
    brokerId: filter.brokerId ?? null,
    areaId: filter.areaId ?? null,
    organisationId: filter.organisationId ?? null,
    ...pageParams(page),
    limit: int(page.limit),
  });
  return row ?? { total: 0, keys: [] };
}

export const brokerInputSchema = z
  .object({
    organisationIds: z.array(id).length(2, { message: 'must name exactly two organisations' }),
    brokerId: id,
    introducerId: id.nullish(),
    note: z.string().trim().max(5000).nullish(),
    suggestionEvidence: z.string().max(20_000).nullish(),
    /** where the introduction starts: suggested (default) or already introduced */
    status: z.enum(['suggested', 'introduced']).default('suggested'),
    at: isoDate.nullish(),
  })
  .superRefine((x, ctx) => {
    if (x.organisationIds.length === 2 && x.organisationIds[0] === x.organisationIds[1]) {
      ctx.addIssue({ code: 'custom', path: ['organisationIds', 1], message: 'must differ from the first organisation' });
    }
    if (x.introducerId && x.organisationIds.includes(x.introducerId)) {
      ctx.addIssue({ code: 'custom', path: ['introducerId'], message: 'must be a third organisation, not one of the two introduced' });
    }
  });
export type BrokerInput = z.input<typeof brokerInputSchema>;

/**
 * Records a brokered introduction. Refused (ConflictError duplicate) when the two organisations
 * already have an open tie - they work together already - or an open introduction.
 */
export async function brokerIntroduction(db: Database, input: BrokerInput, actor: string, reason?: string | null): Promise<IntroductionRecord> {
  const b = parseInput(brokerInputSchema, input, ['input']);
  const at = b.at ?? todayIso();
  const [a, c] = [...b.organisationIds].sort() as [string, string];
  return db.write(async (tx) => {
    const refs: Reference[] = [
      { label: 'Organisation', key: b.organisationIds[0]!, path: ['input', 'organisationIds', 0] },
      { label: 'Organisation', key: b.organisationIds[1]!, path: ['input', 'organisationIds', 1] },
      { label: 'Person', key: b.brokerId, path: ['input', 'brokerId'] },
    ];
    if (b.introducerId) refs.push({ label: 'Organisation', key: b.introducerId, path: ['input', 'introducerId'] });
    await assertReferencesExist(tx, refs);
    const ties = await tx.run<{ key: string; kind: string }>('introduction/ties-between', { a, b: c, at });
    if (ties.length) throw new ConflictError('duplicate', `${a} and ${c} already have an open ${ties[0]!.kind} tie (${ties[0]!.key}); they need no introduction`);
    const open = await tx.run<{ key: string }>('introduction/open-between', { a, b: c });
    if (open.length) throw new ConflictError('duplicate', `${a} and ${c} already have an open introduction (${open[0]!.key})`);
    const events = (b.status === 'introduced' ? ['suggested', 'introduced'] : ['suggested']).map((status) => ({
      status, at, note: status === b.status ? (b.note ?? null) : null, byId: b.brokerId,
    }));
    const row = {
      id: `intro-${randomUUID()}`,
      organisationIds: [a, c],
      brokerId: b.brokerId,
      introducerId: b.introducerId ?? null,
      status: b.status,
      statusSince: at,
      note: b.note ?? null,
      suggestionEvidence: b.suggestionEvidence ?? null,
      events,
    };
    const now = new Date().toISOString();
    await tx.run('introduction/create', { row, at: now });
    const created = await load(tx, row.id);
    await recordChange(tx, { actor, action: 'create', entityType: 'Introduction', entityId: row.id, after: snapshot(created), reason: reason ?? null, at: now });
    return created;
  });
}

export const moveInputSchema = z.object({
  key: id,
  status: z.enum(INTRODUCTION_STATUSES, { message: `must be one of ${INTRODUCTION_STATUSES.join(', ')}` }),
  at: isoDate.nullish(),
  note: z.string().trim().max(5000).nullish(),
  byId: id.nullish(),
});
export type MoveInput = z.input<typeof moveInputSchema>;

async function moveIn(tx: WriteTx, existing: IntroductionRecord, to: IntroductionStatus, on: string, note: string | null, byId: string | null, actor: string, reason: string | null, now: string): Promise<IntroductionRecord> {
  if (!canMove(existing.status, to)) {
    const allowed = TRANSITIONS[existing.status];
    throw new ConflictError(
      'invalid_transition',
      `Introduction "${existing.id}" is ${existing.status}; ${allowed.length ? `it can move to ${allowed.join(', ')}` : 'that is final'}, not to ${to}`,
    );
  }
  const last = existing.events[existing.events.length - 1];
  if (last && on < last.at) throw new ValidationError([{ path: ['at'], message: `must not be before the last move (${last.at})` }]);
  await tx.run('introduction/add-event', {
    key: existing.id, version: int(existing.version), seq: int(existing.events.length), status: to, on, note, byId, at: now,
  });
  const moved = await load(tx, existing.id);
  await recordChange(tx, { actor, action: `move:${to}`, entityType: 'Introduction', entityId: existing.id, before: snapshot(existing), after: snapshot(moved), reason: reason ?? note, at: now });
  return moved;
}

export async function moveIntroduction(db: Database, input: MoveInput, version: number, actor: string, reason?: string | null): Promise<IntroductionRecord> {
  const m = parseInput(moveInputSchema, input, ['input']);
  return db.write(async (tx) => {
    const existing = await load(tx, m.key, version);
    if (m.byId) await assertReferencesExist(tx, [{ label: 'Person', key: m.byId, path: ['input', 'byId'] }]);
    return moveIn(tx, existing, m.status, m.at ?? todayIso(), m.note ?? null, m.byId ?? null, actor, reason ?? null, new Date().toISOString());
  });
}

/**
 * One transaction: creates the Collaboration the introduction led to (its two organisations as
 * partners, FOLLOWED the introduction) and moves the introduction to collaborating on `since`.
 */
export async function recordCollaborationFromIntroduction(
  db: Database,
  introductionId: string,
  version: number,
  input: Omit<CollaborationInput, 'partnerIds' | 'introductionId'> & { partnerIds?: string[] | null },
  byId: string | null,
  actor: string,
  reason?: string | null,
): Promise<{ introduction: IntroductionRecord; collaboration: CollaborationRecord }> {
  const on = input.since ?? todayIso();
  return db.write(async (tx) => {
    const existing = await load(tx, introductionId, version);
    const row = validateCollaboration(
      { ...input, since: on, partnerIds: [...new Set([...existing.organisationIds, ...(input.partnerIds ?? [])])], introductionId },
      ['input'],
    );
    if (byId) await assertReferencesExist(tx, [{ label: 'Person', key: byId, path: ['byKey'] }]);
    const now = new Date().toISOString();
    const introduction = await moveIn(tx, existing, 'collaborating', on, `Collaboration: ${row.name}`, byId ?? existing.brokerId, actor, reason ?? null, now);
    const collaboration = await createCollaborationIn(tx, row, actor, reason ?? `followed introduction ${introductionId}`, now, ['input']);
    return { introduction: { ...introduction, collaborationIds: [...introduction.collaborationIds, collaboration.id] }, collaboration };
  });
}

export interface BoardColumn {
  status: IntroductionStatus;
  count: number;
  keys: string[];
}

/** The pipeline as columns, one per status in pipeline order, most recently moved first. */
export async function introductionBoard(db: Database, brokerId: string | null, areaId: string | null): Promise<BoardColumn[]> {
  const rows = await db.read<{ key: string; status: IntroductionStatus }>('introduction/board', { brokerId, areaId });
  return INTRODUCTION_STATUSES.map((status) => {
    const keys = rows.filter((r) => r.status === status).map((r) => r.key);
    return { status, count: keys.length, keys };
  });
}

export interface BrokerageStats {
  /** introductions whose first event falls in [from, to] */
  made: number;
  /** of those, how many reached collaborating (at any time up to now) */
  converted: number;
  /** converted / made; null when none were made */
  conversionRate: number | null;
  /** median days from the first event to collaborating, over converted ones; null when none */
  medianDaysToConvert: number | null;
  /** share of the introductions made whose two organisations are in different sectors; null when none */
  crossSectorShare: number | null;
  /** how many of those were cross-sector */
  crossSector: number;
  /** still suggested, introduced or meeting_held */
  open: number;
  declined: number;
  lapsed: number;
}

const DAY_MS = 86_400_000;
const daysBetween = (a: string, b: string) => Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / DAY_MS);

export function median(values: number[]): number | null {
  if (!values.length) return null;
  const sorted = [...values].sort((x, y) => x - y);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/**
 * Brokerage outcomes for introductions made (first event) between `from` and `to` inclusive (either
 * bound optional), by broker and/or area (either organisation in the area or a sub-area).
 */
export async function brokerageStats(db: Database, filter: { brokerId?: string | null; areaId?: string | null; from?: string | null; to?: string | null }): Promise<BrokerageStats> {
  const rows = await db.read<{ key: string; madeAt: string | null; convertedAt: string | null; sectorIds: (string | null)[] }>('introduction/stats-rows', {
    brokerId: filter.brokerId ?? null,
    areaId: filter.areaId ?? null,
  });
  const statusRows = await introductionsByKeys(db, rows.map((r) => r.key));
  const statusOf = new Map(statusRows.filter((x): x is IntroductionRecord => !!x).map((x) => [x.id, x.status]));
  const made = rows.filter((r) => r.madeAt && (!filter.from || r.madeAt >= filter.from) && (!filter.to || r.madeAt <= filter.to));
  const converted = made.filter((r) => r.convertedAt);
  const crossSector = made.filter((r) => r.sectorIds.length === 2 && r.sectorIds[0] && r.sectorIds[1] && r.sectorIds[0] !== r.sectorIds[1]).length;
  const count = (s: IntroductionStatus[]) => made.filter((r) => s.includes(statusOf.get(r.key)!)).length;
  return {
    made: made.length,
    converted: converted.length,
    conversionRate: made.length ? converted.length / made.length : null,
    medianDaysToConvert: median(converted.map((r) => daysBetween(r.madeAt!, r.convertedAt!))),
    crossSectorShare: made.length ? crossSector / made.length : null,
    crossSector,
    open: count([...OPEN_STATUSES]),
    declined: count(['declined']),
    lapsed: count(['lapsed']),
  };
}

export interface DeclinedPair {
  /** the two organisations, in key order */
  organisationIds: [string, string];
  declinedAt: string;
  introductionId: string;
}

/**
 * Organisation pairs whose introduction was declined on or after `sinceDate` (latest first): the
 * suggestion engine leaves these out for a configurable cool-off period.
 */
export async function declinedPairs(db: Database, sinceDate: string): Promise<DeclinedPair[]> {
  const since = parseInput(isoDate, sinceDate, ['sinceDate']);
  const rows = await db.read<{ introductionId: string; declinedAt: string; organisationIds: string[] }>('introduction/declined-since', { since: asOfDate(since) });
  return rows.map((r) => ({ introductionId: r.introductionId, declinedAt: r.declinedAt, organisationIds: [...r.organisationIds].sort() as [string, string] }));
}
