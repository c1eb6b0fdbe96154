/**
 * Organisation-organisation ties: kind, provenance, PARTNER-style trust and value (1-4), and time.
 * Undirected for analysis; stored source -> target. A pair has at most one open tie of each kind.
 */
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { Database } from '../db/database.ts';
import { int } from '../db/values.ts';
import { asOfDate } from '../domain/dates.ts';
import { ConflictError, ValidationError } from '../domain/errors.ts';
import { TIE_KINDS, TIE_SOURCES } from '../domain/model.ts';
import { id, isoDate, parseInput, periodIssues, rating } from '../domain/validate.ts';
import { recordChange } from './audit.ts';
import { pageParams, type Page, type PagedKeys } from './paging.ts';
import { assertReferencesExist } from './references.ts';
import { loadByKeysIn, loadOneForWrite } from './versioned.ts';

export interface TieRecord {
  id: string;
  sourceId: string;
  targetId: string;
  kind: string;
  source: string;
  trust: number | null;
  value: number | null;
  since: string | null;
  until: string | null;
  note: string | null;
  version: number;
  recordedAt: string | null;
  recordedBy: string | null;
}

export const tieInputSchema = z
  .object({
    id: id.nullish(),
    sourceId: id,
    targetId: id,
    kind: z.enum(TIE_KINDS, { message: `must be one of ${TIE_KINDS.join(', ')}` }),
    source: z.enum(TIE_SOURCES, { message: `must be one of ${TIE_SOURCES.join(', ')}` }).default('coordinator'),
    trust: rating.nullish(),
    value: rating.nullish(),
    since: isoDate.nullish(),
    until: isoDate.nullish(),
    note: z.string().max(2000).nullish(),
  })
  .refine((t) => t.sourceId !== t.targetId, { path: ['targetId'], message: 'must differ from sourceId (no self-ties)' });
export type TieInput = z.input<typeof tieInputSchema>;

function validate(input: unknown, path: (string | number)[]) {
  const t = parseInput(tieInputSchema, input, path);
  const issues = periodIssues(t.since, t.until, path);
  if (issues.length) throw new ValidationError(issues);
  return {
    id: t.id ?? `tie-${randomUUID()}`,
    sourceId: t.sourceId,
    targetId: t.targetId,
    kind: t.kind,
    source: t.source,
    trust: t.trust ?? null,
    value: t.value ?? null,
    since: t.since ?? null,
    until: t.until ?? null,
    note: t.note ?? null,
  };
}

/** Absent Neo4j properties read back as undefined: compare them as null. */
const snapshot = (t: Omit<TieRecord, 'version' | 'recordedAt' | 'recordedBy'>) => ({
  sourceId: t.sourceId, targetId: t.targetId, kind: t.kind, source: t.source, trust: t.trust ?? null,
  value: t.value ?? null, since: t.since ?? null, until: t.until ?? null, note: t.note ?? null,
});

export async function tiesByKeys(db: Database, keys: readonly string[]): Promise<(TieRecord | null)[]> {
  const rows = await db.read<{ tie: TieRecord }>('tie/by-keys', { keys: [...keys] });
  const found = new Map(rows.map((r) => [r.tie.id, r.tie]));
  return keys.map((k) => found.get(k) ?? null);
}

export interface TieFilter {
  kinds?: string[] | null;
  sources?: string[] | null;
  organisationId?: string | null;
  /** active at any time in [from, to) instead of as of a date */
  from?: string | null;
  to?: string | null;
}

export async function listTies(db: Database, filter: TieFilter, asOf: string | null, page: Page): Promise<PagedKeys> {
  const [row] = await db.read<PagedKeys>('tie/list', {
    asOf: asOfDate(asOf),
    kinds: filter.kinds?.length ? filter.kinds : null,
    sources: filter.sources?.length ? filter.sources : null,
    organisationId: filter.organisationId ?? null,
    from: filter.from ? asOfDate(filter.from) : null,
    to: filter.to ? asOfDate(filter.to) : null,
    ...pageParams(page),
    limit: int(page.limit),
  });
  return row ?? { total: 0, keys: [] };
}

export async function tieKeysOfOrganisations(db: Database, keys: readonly string[], asOf: string | null): Promise<string[][]> {
  const rows = await db.read<{ key: string; tieKeys: string[] }>('tie/of-organisations', { keys: [...keys], asOf: asOfDate(asOf) });
  const found = new Map(rows.map((r) => [r.key, r.tieKeys]));
  return keys.map((k) => found.get(k) ?? []);
}

export async function createTie(db: Database, input: TieInput, actor: string, reason?: string | null): Promise<TieRecord> {
  const row = validate(input, ['input']);
  return db.write(async (tx) => {
    await assertReferencesExist(tx, [
      { label: 'Organisation', key: row.sourceId, path: ['input', 'sourceId'] },
      { label: 'Organisation', key: row.targetId, path: ['input', 'targetId'] },
    ]);
    if ((await loadByKeysIn<TieRecord>(tx, 'tie/by-keys', 'tie', [row.id])).size) {
      throw new ConflictError('duplicate', `A tie with key "${row.id}" already exists`);
    }
    if (!row.until) {
      const open = await tx.run<{ key: string }>('tie/active-between', { ...row, exceptId: null });
      if (open.length) {
        throw new ConflictError('duplicate', `${row.sourceId} and ${row.targetId} already have an open ${row.kind} tie (${open[0]!.key}); update or end it instead`);
      }
    }
    const at = new Date().toISOString();
    await tx.run('tie/create', { row, at, actor });
    const created = await loadOneForWrite<TieRecord>(tx, 'tie/by-keys', 'tie', 'Tie', row.id);
    await recordChange(tx, { actor, action: 'create', entityType: 'Tie', entityId: row.id, after: snapshot(created), reason: reason ?? null, at });
    return created;
  });
}

export async function updateTie(db: Database, input: TieInput & { id: string }, version: number, actor: string, reason?: string | null): Promise<TieRecord> {
  const row = validate(input, ['input']);
  return db.write(async (tx) => {
    const existing = await loadOneForWrite<TieRecord>(tx, 'tie/by-keys', 'tie', 'Tie', row.id, version);
    if (existing.sourceId !== row.sourceId || existing.targetId !== row.targetId) {
      throw new ValidationError([{ path: ['input', 'sourceId'], message: 'a tie cannot move to other organisations; end it and record a new one' }]);
    }
    const at = new Date().toISOString();
    await tx.run('tie/update', { row, version: int(version), at, actor });
    const updated = await loadOneForWrite<TieRecord>(tx, 'tie/by-keys', 'tie', 'Tie', row.id);
    await recordChange(tx, { actor, action: 'update', entityType: 'Tie', entityId: row.id, before: snapshot(existing), after: snapshot(updated), reason: reason ?? null, at });
    return updated;
  });
}

export async function endTie(db: Database, key: string, until: string, version: number, actor: string, reason?: string | null): Promise<TieRecord> {
  const date = parseInput(isoDate, until, ['until']);
  return db.write(async (tx) => {
    const existing = await loadOneForWrite<TieRecord>(tx, 'tie/by-keys', 'tie', 'Tie', key, version);
    if (existing.until) throw new ConflictError('already_ended', `Tie "${key}" already ended on ${existing.until}`);
    if (existing.since && date < existing.since) throw new ValidationError([{ path: ['until'], message: 'must not be before the tie began' }]);
    const at = new Date().toISOString();
    await tx.run('tie/end', { key, until: date, version: int(version), at, actor });
    const ended = await loadOneForWrite<TieRecord>(tx, 'tie/by-keys', 'tie', 'Tie', key);
    await recordChange(tx, { actor, action: 'end', entityType: 'Tie', entityId: key, before: snapshot(existing), after: snapshot(ended), reason: reason ?? null, at });
    return ended;
  });
}

export interface TieUpsertSummary {
  created: string[];
  updated: string[];
  unchanged: string[];
}

/** Creates or updates ties by key (a key is required here), in one transaction; repeat calls change nothing. */
export async function upsertTies(db: Database, inputs: (TieInput & { id: string })[], actor: string, reason?: string | null): Promise<TieUpsertSummary> {
  const errors: ValidationError['fieldErrors'] = [];
  const rows: ReturnType<typeof validate>[] = [];
  inputs.forEach((input, i) => {
    try {
      if (!input.id) throw new ValidationError([{ path: ['inputs', i, 'key'], message: 'is required for an upsert' }]);
      rows.push(validate(input, ['inputs', i]));
    } catch (error) {
      if (error instanceof ValidationError) errors.push(...error.fieldErrors);
      else throw error;
    }
  });
  if (errors.length) throw new ValidationError(errors);
  return db.write(async (tx) => {
    await assertReferencesExist(tx, rows.flatMap((r, i) => [
      { label: 'Organisation' as const, key: r.sourceId, path: ['inputs', i, 'sourceId'] },
      { label: 'Organisation' as const, key: r.targetId, path: ['inputs', i, 'targetId'] },
    ]));
    const existing = await loadByKeysIn<TieRecord>(tx, 'tie/by-keys', 'tie', rows.map((r) => r.id));
    const summary: TieUpsertSummary = { created: [], updated: [], unchanged: [] };
    const at = new Date().toISOString();
    for (const row of rows) {
      const current = existing.get(row.id);
      if (!current) {
        await tx.run('tie/create', { row, at, actor });
        await recordChange(tx, { actor, action: 'create', entityType: 'Tie', entityId: row.id, after: snapshot(row), reason: reason ?? 'bulk upsert', at });
        summary.created.push(row.id);
      } else if (current.sourceId !== row.sourceId || current.targetId !== row.targetId) {
        throw new ValidationError([{ path: ['inputs', rows.indexOf(row), 'sourceId'], message: `tie "${row.id}" joins other organisations; a tie cannot move` }]);
      } else if (JSON.stringify(snapshot(current)) === JSON.stringify(snapshot(row))) {
        summary.unchanged.push(row.id);
      } else {
        await tx.run('tie/update', { row, version: int(current.version), at, actor });
        await recordChange(tx, { actor, action: 'update', entityType: 'Tie', entityId: row.id, before: snapshot(current), after: snapshot(row), reason: reason ?? 'bulk upsert', at });
        summary.updated.push(row.id);
      }
    }
    return summary;
  });
}
