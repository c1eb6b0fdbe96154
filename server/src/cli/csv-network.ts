/**
 * Read an organisations CSV and a ties CSV into a Network (server/src/analytics/graph.ts),
 * checking everything and reporting every problem as `file:row: reason`, rows numbered as a
 * spreadsheet shows them (the header is row 1). Shared by `analyse`, the importer and the
 * gaps/suggest commands.
 *
 * organisations: columns id, name, sector, area required; any other column becomes an attribute;
 *   columns listed in `multiValued` (default: themes) hold several values separated by ';'.
 * ties: columns source, target required; type, weight, since, until optional; other columns
 *   ignored. Ties are undirected: a repeated pair (either direction) is ONE tie: the first row
 *   is kept and each repeat is reported as a warning, not an error.
 * Errors: missing or unreadable file, CSV syntax, missing column, wrong number of fields,
 *   empty or duplicate organisation id, empty or unknown id in a tie, self-loop, non-numeric
 *   weight. Blank rows are skipped.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import type { AttributeValue, Network, NetworkEdge, NetworkNode } from '../analytics/graph.ts';

export const ORGANISATION_COLUMNS = ['id', 'name', 'sector', 'area'] as const;
export const TIE_COLUMNS = ['source', 'target'] as const;
export const DEFAULT_MULTI_VALUED = ['themes'];

export interface CsvProblem {
  file: string;
  /** spreadsheet row (header = 1); null for a problem with the whole file */
  row: number | null;
  reason: string;
}

export function formatProblem(p: CsvProblem): string {
  return p.row === null ? `${p.file}: ${p.reason}` : `${p.file}:${p.row}: ${p.reason}`;
}

export interface CsvSource {
  /** the name used in messages (normally the path as the user gave it) */
  name: string;
  text: string;
}

export interface CsvNetworkResult {
  /** null when there is any error */
  network: Network | null;
  errors: CsvProblem[];
  warnings: CsvProblem[];
  /** organisation columns after `id`, in file order (attribute names) */
  attributes: string[];
}

export interface CsvNetworkOptions {
  /** organisation columns whose cells hold ';'-separated lists (default ['themes']) */
  multiValued?: string[];
}

export class CsvNetworkError extends Error {
  override name = 'CsvNetworkError';
  constructor(readonly problems: CsvProblem[]) {
    super(problems.map(formatProblem).join('\n'));
  }
}

interface Table {
  header: string[];
  rows: { row: number; cells: string[] }[];
}

function parseTable(src: CsvSource, errors: CsvProblem[]): Table | null {
  let records: { record: string[]; info: { records: number } }[];
  try {
    records = parse(src.text, {
      bom: true,
      trim: true,
      relax_column_count: true,
      skip_empty_lines: false,
      info: true,
    }) as unknown as { record: string[]; info: { records: number } }[];
  } catch (err) {
    const e = err as { message?: string; lines?: number };
    errors.push({ file: src.name, row: e.lines ?? null, reason: `CSV syntax error: ${e.message ?? String(err)}` });
    return null;
  }
  const first = records[0];
  if (!first) {
    errors.push({ file: src.name, row: null, reason: 'file is empty (no header row)' });
    return null;
  }
  const rows = records
    .slice(1)
    .filter((r) => r.record.some((c) => c !== ''))
    .map((r) => ({ row: r.info.records, cells: r.record }));
  return { header: first.record, rows };
}

function checkHeader(table: Table, required: readonly string[], file: string, errors: CsvProblem[]): boolean {
  let ok = true;
  for (const col of required) {
    if (!table.header.includes(col)) {
      errors.push({ file, row: 1, reason: `missing column '${col}'` });
      ok = false;
    }
  }
  const seen = new Set<string>();
  for (const col of table.header) {
    if (col === '') {
      errors.push({ file, row: 1, reason: 'empty column name' });
      ok = false;
    } else if (seen.has(col)) {
      errors.push({ file, row: 1, reason: `duplicate column '${col}'` });
      ok = false;
    }
    seen.add(col);
  }
  return ok;
}

function fieldCountOk(table: Table, r: { row: number; cells: string[] }, file: string, errors: CsvProblem[]): boolean {
  if (r.cells.length === table.header.length) return true;
  errors.push({ file, row: r.row, reason: `expected ${table.header.length} fields, found ${r.cells.length}` });
  return false;
}

/** Check and convert CSV text (no file access); see the module comment for the rules. */
export function parseNetworkCsv(orgs: CsvSource, ties: CsvSource, options: CsvNetworkOptions = {}): CsvNetworkResult {
  const multi = new Set(options.multiValued ?? DEFAULT_MULTI_VALUED);
  const errors: CsvProblem[] = [];
  const warnings: CsvProblem[] = [];
  const nodes: NetworkNode[] = [];
  const edges: NetworkEdge[] = [];
  const firstRow = new Map<string, number>();
  let attributes: string[] = [];

  const orgTable = parseTable(orgs, errors);
  const orgsUsable = orgTable !== null && checkHeader(orgTable, ORGANISATION_COLUMNS, orgs.name, errors);
  if (orgTable && orgsUsable) {
    const idCol = orgTable.header.indexOf('id');
    attributes = orgTable.header.filter((c) => c !== 'id');
    for (const r of orgTable.rows) {
      if (!fieldCountOk(orgTable, r, orgs.name, errors)) continue;
      const id = r.cells[idCol]!;
      if (id === '') {
        errors.push({ file: orgs.name, row: r.row, reason: 'empty id' });
        continue;
      }
      const earlier = firstRow.get(id);
      if (earlier !== undefined) {
        errors.push({ file: orgs.name, row: r.row, reason: `duplicate id '${id}' (first on row ${earlier})` });
        continue;
      }
      firstRow.set(id, r.row);
      const attrs: Record<string, AttributeValue> = {};
      orgTable.header.forEach((col, i) => {
        if (i === idCol) return;
        const cell = r.cells[i]!;
        if (multi.has(col)) attrs[col] = cell.split(';').map((s) => s.trim()).filter((s) => s !== '');
        else attrs[col] = cell === '' ? null : cell;
      });
      nodes.push({ id, attributes: attrs });
    }
  }

  const tieTable = parseTable(ties, errors);
  if (tieTable && checkHeader(tieTable, TIE_COLUMNS, ties.name, errors)) {
    const col = (name: string): number => tieTable.header.indexOf(name);
    const [src, dst, typ, wt, since, until] = ['source', 'target', 'type', 'weight', 'since', 'until'].map(col) as [
      number, number, number, number, number, number,
    ];
    const pairs = new Map<string, number>();
    for (const r of tieTable.rows) {
      if (!fieldCountOk(tieTable, r, ties.name, errors)) continue;
      const s = r.cells[src]!;
      const t = r.cells[dst]!;
      let bad = false;
      for (const [label, id] of [['source', s], ['target', t]] as const) {
        if (id === '') {
          errors.push({ file: ties.name, row: r.row, reason: `empty ${label}` });
          bad = true;
        } else if (orgsUsable && !firstRow.has(id)) {
          errors.push({ file: ties.name, row: r.row, reason: `unknown organisation '${id}' in ${label}` });
          bad = true;
        }
      }
      if (s !== '' && s === t) {
        errors.push({ file: ties.name, row: r.row, reason: `self-loop: '${s}' tied to itself` });
        bad = true;
      }
      const cell = (i: number): string | null => (i < 0 || r.cells[i] === '' ? null : r.cells[i]!);
      const weightText = cell(wt);
      const weight = weightText === null ? null : Number(weightText);
      if (weight !== null && !Number.isFinite(weight)) {
        errors.push({ file: ties.name, row: r.row, reason: `weight '${weightText}' is not a number` });
        bad = true;
      }
      if (bad) continue;
      const key = s < t ? `${s}\u0000${t}` : `${t}\u0000${s}`;
      const earlier = pairs.get(key);
      if (earlier !== undefined) {
        warnings.push({
          file: ties.name,
          row: r.row,
          reason: `duplicate tie '${s}'-'${t}' (first on row ${earlier}); counted once`,
        });
        continue;
      }
      pairs.set(key, r.row);
      edges.push({ source: s, target: t, type: cell(typ), weight, since: cell(since), until: cell(until) });
    }
  }

  return { network: errors.length === 0 ? { nodes, edges } : null, errors, warnings, attributes };
}

function readSource(path: string, errors: CsvProblem[]): CsvSource | null {
  try {
    return { name: path, text: readFileSync(path, 'utf8') };
  } catch (err) {
    const code = (err as { code?: string }).code;
    const reason = code === 'ENOENT' ? 'file not found' : code === 'EISDIR' ? 'is a directory' : `cannot read file (${code ?? String(err)})`;
    errors.push({ file: path, row: null, reason });
    return null;
  }
}

/** Read and check the two files; every problem found is in `errors`. */
export function readNetworkCsv(orgsPath: string, tiesPath: string, options: CsvNetworkOptions = {}): CsvNetworkResult {
  const errors: CsvProblem[] = [];
  const orgs = readSource(orgsPath, errors);
  const ties = readSource(tiesPath, errors);
  if (!orgs || !ties) {
    // still report what can be checked in the file that exists
    const partial = orgs ? parseNetworkCsv(orgs, { name: tiesPath, text: 'source,target\n' }, options) : null;
    const tiesOnly = !orgs && ties ? parseNetworkCsv({ name: orgsPath, text: 'id,name,sector,area\n' }, ties, options) : null;
    const more = (partial?.errors ?? []).concat((tiesOnly?.errors ?? []).filter((e) => !e.reason.startsWith('unknown organisation')));
    return { network: null, errors: errors.concat(more), warnings: [], attributes: partial?.attributes ?? [] };
  }
  return parseNetworkCsv(orgs, ties, options);
}

/** As readNetworkCsv, but returns the network or throws CsvNetworkError with every problem. */
export function loadNetworkCsv(orgsPath: string, tiesPath: string, options: CsvNetworkOptions = {}): Network {
  const result = readNetworkCsv(orgsPath, tiesPath, options);
  if (!result.network) throw new CsvNetworkError(result.errors);
  return result.network;
}
