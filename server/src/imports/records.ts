/**
 * Row checking: each table row becomes a partial record of its kind (only the columns the file
 * has), every problem found is reported with file, row and column, and the references a row makes
 * (a tie's organisations, a seat's body...) are collected for checking against the files and the
 * database together. Pure: no database access.
 */
import { createHash } from 'node:crypto';
import { isIsoDate } from '../domain/dates.ts';
import {
  BODY_TYPES,
  ORGANISATION_KINDS,
  SEAT_TYPES,
  TIE_KINDS,
  TIE_SOURCES,
  type Area,
  type Sector,
  type Theme,
} from '../domain/model.ts';
import { IMPORT_KINDS, type ImportKind } from './columns.ts';
import type { ImportProblem, Table, TableRow } from './tables.ts';

export interface OrgRecord {
  id: string;
  name: string;
  nameCy: string | null;
  kind: string;
  size: string | null;
  charityNumber: string | null;
  website: string | null;
  since: string | null;
  until: string | null;
  sectorId: string;
  areaIds: string[];
  themeIds: string[];
  attributes: Record<string, string> | null;
}
export interface PersonRecord {
  id: string;
  name: string;
  email: string | null;
  role: string;
  organisationId: string;
  since: string | null;
  until: string | null;
}
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
  ownerId: string | null;
  areaIds: string[];
  themeIds: string[];
  coordinatorIds: string[];
  expectedSectorIds: string[];
}
export interface HoldingRecord {
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
  holders: HoldingRecord[];
}
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
}
export interface TieRecord {
  id: string;
  sourceId: string;
  targetId: string;
  kind: string;
  origin: string;
  trust: number | null;
  value: number | null;
  since: string | null;
  until: string | null;
}

export interface RecordTypes {
  organisations: OrgRecord;
  people: PersonRecord;
  bodies: BodyRecord;
  seats: SeatRecord;
  collaborations: CollaborationRecord;
  ties: TieRecord;
}

/** Values for columns a file leaves out, when the record is new. */
export const DEFAULTS: { [K in ImportKind]: Partial<RecordTypes[K]> } = {
  organisations: { nameCy: null, kind: 'tso', size: null, charityNumber: null, website: null, since: null, until: null, themeIds: [], attributes: null },
  people: { email: null, since: null, until: null },
  bodies: {
    nameCy: null, status: 'active', validFrom: null, validTo: null, parentId: null, predecessorId: null, ownerId: null,
    areaIds: [], themeIds: [], coordinatorIds: [], expectedSectorIds: [],
  },
  seats: { onBehalfOfId: null, since: null, until: null, holders: [] },
  collaborations: { description: null, since: null, until: null, themeIds: [], areaIds: [], introductionId: null },
  ties: { kind: 'information_sharing', origin: 'import', trust: null, value: null, since: null, until: null },
};

/** Which kind of entity a reference points at. */
export type RefKind = 'organisations' | 'people' | 'bodies' | 'seats' | 'introductions';

export interface Reference {
  kind: RefKind;
  id: string;
  file: string;
  row: number;
  column: string;
}

export interface ParsedRow<K extends ImportKind> {
  file: string;
  row: number;
  id: string;
  /** only the fields whose columns the file has */
  values: Partial<RecordTypes[K]>;
  /** organisation extra columns (attributes); '' clears one */
  extras?: Map<string, string>;
  /** seats: the holding this row names */
  holding?: HoldingRecord;
}

export type ParsedRows = { [K in ImportKind]: ParsedRow<K>[] };

export interface ReferenceData {
  sectors: Sector[];
  areas: Area[];
  themes: Theme[];
}

type Lookup = (value: string) => string | null;

function lookup<T extends { id: string }>(items: T[], names: (t: T) => (string | null | undefined)[]): Lookup {
  const byKey = new Map<string, string>();
  for (const item of items) {
    for (const n of [item.id, ...names(item)]) if (n) byKey.set(n.trim().toLowerCase(), item.id);
  }
  // a key as given (ids are) needs no normalising
  return (value) => byKey.get(value) ?? byKey.get(value.trim().toLowerCase()) ?? null;
}

export interface Lookups {
  sector: Lookup;
  area: Lookup;
  theme: Lookup;
}

export function buildLookups(ref: ReferenceData): Lookups {
  return {
    sector: lookup(ref.sectors, (s) => [s.name, s.nameCy]),
    area: lookup(ref.areas, (a) => [a.name, a.nameCy]),
    theme: lookup(ref.themes, (t) => [t.code, t.name, t.nameCy]),
  };
}

/** Deterministic id for a tie given without one: the same (pair, kind, since) always gives the same id. */
export function derivedTieId(sourceId: string, targetId: string, kind: string, since: string | null): string {
  const [a, b] = sourceId < targetId ? [sourceId, targetId] : [targetId, sourceId];
  return `tie-${createHash('sha1').update(`${a}\u0000${b}\u0000${kind}\u0000${since ?? ''}`).digest('hex').slice(0, 20)}`;
}

const norm = (v: string) => v.trim().toLowerCase().replace(/[\s-]+/g, '_');

/** Reads the rows of one table in turn (one reader per table, not per row). */
class RowReader {
  row = 0;
  cells: string[] = [];
  bad = false;
  constructor(
    readonly table: Table,
    readonly problems: ImportProblem[],
    readonly refs: Reference[],
    readonly lookups: Lookups,
    readonly isDate: (value: string) => boolean,
  ) {}
  start(r: TableRow): void {
    this.row = r.row;
    this.cells = r.cells();
    this.bad = false;
  }
  problem(column: string | null, message: string): void {
    this.problems.push({ file: this.table.file, row: this.row, column, message });
    this.bad = true;
  }
  /** the row as `ParseResult.rows` holds it */
  parsed<V>(id: string, values: V): { file: string; row: number; id: string; values: V } {
    return { file: this.table.file, row: this.row, id, values };
  }
  /** the row's cells in the columns outside the spec, by header name */
  extras(): Map<string, string> {
    const extras = new Map<string, string>();
    for (const name of this.table.extraColumns) extras.set(name, this.cells[this.table.positions.get(name)!]!);
    return extras;
  }
  has(col: string): boolean {
    return this.table.columns.has(col);
  }
  text(col: string): string | null {
    const i = this.table.positions.get(col);
    const v = i === undefined ? undefined : this.cells[i];
    return v === undefined || v === '' ? null : v;
  }
  required(col: string): string {
    const v = this.text(col);
    if (v === null) this.problem(col, `'${col}' is empty`);
    return v ?? '';
  }
  date(col: string): string | null {
    const v = this.text(col);
    if (v !== null && !this.isDate(v)) {
      this.problem(col, `'${v}' is not a date as YYYY-MM-DD`);
      return null;
    }
    return v;
  }
  period(from: string, to: string): void {
    const a = this.text(from);
    const b = this.text(to);
    if (a && b && this.isDate(a) && this.isDate(b) && a > b) this.problem(to, `${to} ${b} is before ${from} ${a}`);
  }
  choice(col: string, allowed: readonly string[]): string | null {
    const v = this.text(col);
    if (v === null) return null;
    // the common case: no normalising, and the list's own string kept rather than one per row
    const exact = allowed.indexOf(v);
    if (exact >= 0) return allowed[exact]!;
    const n = norm(v);
    if (!allowed.includes(n)) {
      this.problem(col, `'${v}' is not one of ${allowed.join(', ')}`);
      return null;
    }
    return n;
  }
  rating(col: string): number | null {
    const v = this.text(col);
    if (v === null) return null;
    const n = Number(v);
    if (!Number.isInteger(n) || n < 1 || n > 4) {
      this.problem(col, `${col} '${v}' must be a whole number from 1 to 4`);
      return null;
    }
    return n;
  }
  list(col: string): string[] {
    const v = this.text(col);
    if (v === null) return [];
    if (!v.includes(';')) return [v]; // the common case, and a cell is trimmed already
    return [...new Set(v.split(';').map((s) => s.trim()).filter((s) => s !== ''))];
  }
  resolved(col: string, what: string, resolve: Lookup): string[] {
    const out: string[] = [];
    for (const item of this.list(col)) {
      const id = resolve(item);
      if (id === null) this.problem(col, `unknown ${what} '${item}'`);
      else out.push(id);
    }
    return out.length < 2 ? out : [...new Set(out)].sort();
  }
  ref(kind: RefKind, col: string, id: string | null): string | null {
    if (id !== null) this.refs.push({ kind, id, file: this.table.file, row: this.row, column: col });
    return id;
  }
  refs_(kind: RefKind, col: string): string[] {
    const ids = this.list(col);
    for (const id of ids) this.ref(kind, col, id);
    return [...ids].sort();
  }
}

/** Sets `values[key]` only when the file has the column. */
function put<T>(values: Partial<T>, reader: RowReader, col: string, key: keyof T, value: () => unknown): void {
  if (reader.has(col)) (values as Record<keyof T, unknown>)[key] = value();
}

type RowParser<K extends ImportKind> = (rd: RowReader) => ParsedRow<K>;

const PARSERS: { [K in ImportKind]: RowParser<K> } = {
  organisations: (rd) => {
    const id = rd.required('id');
    const v: Partial<OrgRecord> = { name: rd.required('name') };
    const sector = rd.required('sector');
    if (sector) {
      const sectorId = rd.lookups.sector(sector);
      if (sectorId === null) rd.problem('sector', `unknown sector '${sector}'`);
      else v.sectorId = sectorId;
    }
    v.areaIds = rd.resolved('area', 'area', rd.lookups.area);
    if (v.areaIds.length === 0 && rd.text('area') === null) rd.problem('area', "'area' is empty");
    put(v, rd, 'nameCy', 'nameCy', () => rd.text('nameCy'));
    if (rd.has('kind') && rd.text('kind') !== null) v.kind = rd.choice('kind', ORGANISATION_KINDS) ?? undefined;
    put(v, rd, 'size', 'size', () => rd.choice('size', ['micro', 'small', 'medium', 'large']));
    put(v, rd, 'charityNumber', 'charityNumber', () => rd.text('charityNumber'));
    put(v, rd, 'website', 'website', () => rd.text('website'));
    put(v, rd, 'themes', 'themeIds', () => rd.resolved('themes', 'theme', rd.lookups.theme));
    put(v, rd, 'since', 'since', () => rd.date('since'));
    put(v, rd, 'until', 'until', () => rd.date('until'));
    rd.period('since', 'until');
    return { file: rd.table.file, row: rd.row, id, values: v, extras: rd.extras() };
  },
  people: (rd) => {
    const id = rd.required('id');
    const v: Partial<PersonRecord> = { name: rd.required('name'), role: rd.required('role') };
    v.organisationId = rd.ref('organisations', 'organisation', rd.required('organisation') || null) ?? '';
    put(v, rd, 'email', 'email', () => {
      const e = rd.text('email');
      if (e !== null && !/^[^@\s]+@[^@\s]+$/.test(e)) rd.problem('email', `'${e}' is not an e-mail address`);
      return e;
    });
    put(v, rd, 'since', 'since', () => rd.date('since'));
    put(v, rd, 'until', 'until', () => rd.date('until'));
    rd.period('since', 'until');
    return rd.parsed(id, v);
  },
  bodies: (rd) => {
    const id = rd.required('id');
    const v: Partial<BodyRecord> = { name: rd.required('name') };
    if (rd.required('type')) v.type = rd.choice('type', BODY_TYPES) ?? undefined;
    put(v, rd, 'nameCy', 'nameCy', () => rd.text('nameCy'));
    if (rd.has('status') && rd.text('status') !== null) v.status = rd.choice('status', ['active', 'lapsed', 'replaced']) ?? undefined;
    put(v, rd, 'validFrom', 'validFrom', () => rd.date('validFrom'));
    put(v, rd, 'validTo', 'validTo', () => rd.date('validTo'));
    rd.period('validFrom', 'validTo');
    put(v, rd, 'parent', 'parentId', () => rd.ref('bodies', 'parent', rd.text('parent')));
    put(v, rd, 'predecessor', 'predecessorId', () => rd.ref('bodies', 'predecessor', rd.text('predecessor')));
    put(v, rd, 'owner', 'ownerId', () => rd.ref('organisations', 'owner', rd.text('owner')));
    put(v, rd, 'areas', 'areaIds', () => rd.resolved('areas', 'area', rd.lookups.area));
    put(v, rd, 'themes', 'themeIds', () => rd.resolved('themes', 'theme', rd.lookups.theme));
    put(v, rd, 'coordinators', 'coordinatorIds', () => rd.refs_('people', 'coordinators'));
    put(v, rd, 'expectedSectors', 'expectedSectorIds', () => rd.resolved('expectedSectors', 'sector', rd.lookups.sector));
    if (v.parentId && v.parentId === id) rd.problem('parent', 'a body cannot be its own parent');
    return rd.parsed(id, v);
  },
  seats: (rd) => {
    const id = rd.required('id');
    const v: Partial<SeatRecord> = {};
    v.bodyId = rd.ref('bodies', 'body', rd.required('body') || null) ?? '';
    if (rd.required('seatType')) v.seatType = rd.choice('seatType', SEAT_TYPES) ?? undefined;
    put(v, rd, 'onBehalfOf', 'onBehalfOfId', () => rd.ref('organisations', 'onBehalfOf', rd.text('onBehalfOf')));
    put(v, rd, 'since', 'since', () => rd.date('since'));
    put(v, rd, 'until', 'until', () => rd.date('until'));
    rd.period('since', 'until');
    const holder = rd.ref('people', 'holder', rd.text('holder'));
    const holderSince = rd.date('holderSince');
    const holderUntil = rd.date('holderUntil');
    rd.period('holderSince', 'holderUntil');
    if (!holder && (holderSince || holderUntil)) rd.problem('holder', 'holderSince/holderUntil given without a holder');
    const parsed = rd.parsed(id, v);
    return holder ? { ...parsed, holding: { personId: holder, since: holderSince, until: holderUntil } } : parsed;
  },
  collaborations: (rd) => {
    const id = rd.required('id');
    const v: Partial<CollaborationRecord> = { name: rd.required('name') };
    v.partnerIds = rd.refs_('organisations', 'partners');
    if (v.partnerIds.length === 0) rd.problem('partners', "'partners' is empty");
    put(v, rd, 'description', 'description', () => rd.text('description'));
    put(v, rd, 'themes', 'themeIds', () => rd.resolved('themes', 'theme', rd.lookups.theme));
    put(v, rd, 'areas', 'areaIds', () => rd.resolved('areas', 'area', rd.lookups.area));
    put(v, rd, 'introduction', 'introductionId', () => rd.ref('introductions', 'introduction', rd.text('introduction')));
    put(v, rd, 'since', 'since', () => rd.date('since'));
    put(v, rd, 'until', 'until', () => rd.date('until'));
    rd.period('since', 'until');
    return rd.parsed(id, v);
  },
  ties: (rd) => {
    const sourceId = rd.ref('organisations', 'source', rd.required('source') || null) ?? '';
    const targetId = rd.ref('organisations', 'target', rd.required('target') || null) ?? '';
    if (sourceId !== '' && sourceId === targetId) rd.problem('target', `self-tie: '${sourceId}' tied to itself`);
    const v: Partial<TieRecord> = { sourceId, targetId };
    if (rd.has('kind') && rd.text('kind') !== null) v.kind = rd.choice('kind', TIE_KINDS) ?? undefined;
    if (rd.has('origin') && rd.text('origin') !== null) v.origin = rd.choice('origin', TIE_SOURCES) ?? undefined;
    put(v, rd, 'trust', 'trust', () => rd.rating('trust'));
    put(v, rd, 'value', 'value', () => rd.rating('value'));
    put(v, rd, 'since', 'since', () => rd.date('since'));
    put(v, rd, 'until', 'until', () => rd.date('until'));
    rd.period('since', 'until');
    const id = rd.text('id') ?? derivedTieId(sourceId, targetId, v.kind ?? 'information_sharing', v.since ?? null);
    return rd.parsed(id, v);
  },
};

export interface ParseResult {
  rows: ParsedRows;
  references: Reference[];
  /** every id a file declares, valid row or not (a reference to a bad row is not 'unknown') */
  declared: { [K in ImportKind]: Set<string> };
}

/** `isIsoDate`, remembering each answer: the same few thousand dates recur throughout a big file. */
function dateChecker(): (value: string) => boolean {
  const known = new Map<string, boolean>();
  return (value) => {
    let ok = known.get(value);
    if (ok === undefined) known.set(value, (ok = isIsoDate(value)));
    return ok;
  };
}

function byKind<T>(make: () => T): { [K in ImportKind]: T } {
  return Object.fromEntries(IMPORT_KINDS.map((kind) => [kind, make()])) as { [K in ImportKind]: T };
}

/** Checks every row of every table; a row with any problem is left out of `rows`. */
export function parseTables(tables: Table[], ref: ReferenceData, problems: ImportProblem[], onRow?: () => void): ParseResult {
  const lookups = buildLookups(ref);
  const isDate = dateChecker();
  const rows: ParsedRows = { organisations: [], people: [], bodies: [], seats: [], collaborations: [], ties: [] };
  const references: Reference[] = [];
  const declared = byKind(() => new Set<string>());
  // per table, the row where each id it declares first appears (a number, not an object, per row)
  const firstRows: { table: Table; rowOf: Map<string, number> }[] = [];
  const firstSeen = (kind: ImportKind, id: string): string | null => {
    for (const { table, rowOf } of firstRows) {
      const row = table.kind === kind ? rowOf.get(id) : undefined;
      if (row !== undefined) return `${table.file} row ${row}`;
    }
    return null;
  };
  for (const table of tables) {
    const parser = PARSERS[table.kind] as RowParser<ImportKind>;
    const kindRows = rows[table.kind] as ParsedRow<ImportKind>[];
    const rowOf = new Map<string, number>();
    firstRows.push({ table, rowOf });
    const rd = new RowReader(table, problems, references, lookups, isDate);
    for (const r of table.rows) {
      rd.start(r);
      const parsed = parser(rd);
      onRow?.();
      if (parsed.id !== '') {
        declared[table.kind].add(parsed.id);
        const earlier = firstSeen(table.kind, parsed.id);
        if (earlier !== null) {
          const derived = table.kind === 'ties' && rd.text('id') === null;
          if (derived) rd.problem('target', `duplicate tie (same source, target, kind and since as ${earlier})`);
          else rd.problem('id', `duplicate id '${parsed.id}' (first on ${earlier})`);
        } else rowOf.set(parsed.id, r.row);
      }
      if (!rd.bad) kindRows.push(parsed);
    }
  }
  return { rows, references, declared };
}
