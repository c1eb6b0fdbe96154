/**
 * Import files as tables: a CSV file is one table, an XLSX workbook one table per sheet (the sheet
 * named like a file kind: organisations, people, bodies, seats, collaborations, ties). Rows are
 * numbered as a spreadsheet shows them (the header is row 1); blank rows are skipped. CSV is read
 * with the same csv-parse options as `cyswllt analyse` (server/src/cli/csv-network.ts), or for text
 * without quotes by a much faster reader that gives the same.
 */
import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { canonicalColumn, COLUMN_SPECS, kindFromName, type ImportKind } from './columns.ts';

export interface ImportProblem {
  /** the file as named by the user; `book.xlsx[ties]` for a sheet */
  file: string;
  /** spreadsheet row (header = 1); null for the whole file */
  row: number | null;
  /** the column at fault (canonical name), or null */
  column: string | null;
  message: string;
}

export function formatImportProblem(p: ImportProblem): string {
  const where = p.row === null ? p.file : `${p.file}:${p.row}`;
  return `${where}: ${p.column ? `${p.column}: ` : ''}${p.message}`;
}

export interface ImportFile {
  /** file name (its kind is read from it unless `kind` is given) */
  name: string;
  /** CSV text, or the bytes of an XLSX workbook */
  content: string | Uint8Array;
  kind?: ImportKind | null;
}

export interface TableRow {
  row: number;
  /** trimmed cell text ('' when empty), one per header column (see `Table.positions`); a CSV line is split anew on each call */
  cells(): string[];
}

export interface Table {
  file: string;
  kind: ImportKind;
  /** canonical columns present in the header */
  columns: Set<string>;
  extraColumns: string[];
  /** where each canonical column, and each extra column by its header name, sits in a row's cells */
  positions: Map<string, number>;
  rows: TableRow[];
}

export function isXlsx(file: ImportFile): boolean {
  return /\.xlsx$/i.test(file.name) || (typeof file.content !== 'string' && file.content[0] === 0x50 && file.content[1] === 0x4b);
}

/** Only white space and commas (`\s` is what `trim` removes). */
const BLANK = /^[\s,]*$/;

/** A row read cell by cell (XLSX, CSV with quotes). */
class CellRow implements TableRow {
  constructor(
    readonly row: number,
    private readonly values: string[],
  ) {}
  cells(): string[] {
    return this.values;
  }
}

/**
 * A line of quote-free CSV, split only when the row is checked: kept as one string, a big file is
 * read several times faster (fewer objects for the garbage collector to move), and the cells of a
 * checked row that no record keeps die young.
 */
class LineRow implements TableRow {
  constructor(
    readonly row: number,
    private readonly line: string,
    private readonly width: number,
  ) {}
  cells(): string[] {
    const cells = this.line.split(',');
    for (let i = 0; i < cells.length; i++) cells[i] = cells[i]!.trim();
    while (cells.length < this.width) cells.push('');
    return cells;
  }
}

/** Index of the `n`th comma in `line`, or -1. */
function nthComma(line: string, n: number): number {
  let at = -1;
  for (let i = 0; i < n; i++) {
    at = line.indexOf(',', at + 1);
    if (at < 0) break;
  }
  return at;
}

/** Builds a table from its header and then its records, one at a time. */
class TableBuilder {
  readonly columns = new Set<string>();
  readonly extraColumns: string[] = [];
  readonly positions = new Map<string, number>();
  readonly rows: TableRow[] = [];
  readonly width: number;
  ok = true;

  constructor(
    readonly file: string,
    readonly kind: ImportKind,
    header: string[],
    readonly problems: ImportProblem[],
  ) {
    this.width = header.length;
    header.forEach((raw, i) => this.addColumn(raw.trim(), i));
    for (const spec of COLUMN_SPECS[kind]) {
      if (spec.required && !this.columns.has(spec.name)) this.problem(1, spec.name, `missing required column '${spec.name}'`);
    }
  }

  private problem(row: number, column: string | null, message: string): void {
    this.problems.push({ file: this.file, row, column, message });
    this.ok = false;
  }

  private addColumn(name: string, position: number): void {
    if (name === '') return;
    const canonical = canonicalColumn(this.kind, name);
    const key = canonical ?? name;
    if (this.positions.has(key)) this.problem(1, key, `duplicate column '${name}'`);
    else this.positions.set(key, position);
    if (canonical) this.columns.add(canonical);
    else this.extraColumns.push(name);
  }

  private tooWide(row: number, fields: number): void {
    this.problem(row, null, `expected ${this.width} fields, found ${fields}`);
  }

  /** Takes `cells` (trimmed in place): skips a blank record, reports one with more fields than the header. */
  add(row: number, cells: string[]): void {
    let blank = true;
    for (let i = 0; i < cells.length; i++) {
      const value = cells[i]!.trim();
      cells[i] = value;
      if (value !== '') blank = false;
    }
    if (blank) return;
    if (cells.length > this.width) {
      if (cells.some((value, i) => i >= this.width && value !== '')) return this.tooWide(row, cells.length);
      cells.length = this.width;
    }
    while (cells.length < this.width) cells.push('');
    if (this.ok) this.rows.push(new CellRow(row, cells));
  }

  /** `add` for a line of quote-free CSV, without splitting it. */
  addLine(row: number, line: string): void {
    if (BLANK.test(line)) return;
    const end = nthComma(line, this.width);
    if (end >= 0 && !BLANK.test(line.slice(end + 1))) return this.tooWide(row, line.split(',').length);
    if (this.ok) this.rows.push(new LineRow(row, end >= 0 ? line.slice(0, end) : line, this.width));
  }

  table(): Table | null {
    const { file, kind, columns, extraColumns, positions, rows } = this;
    return this.ok ? { file, kind, columns, extraColumns, positions, rows } : null;
  }
}

/** The line break csv-parse settles on: the first one in the text. */
function lineBreak(text: string): string | null {
  const i = text.search(/[\r\n]/);
  if (i < 0) return null;
  return text[i] === '\n' ? '\n' : text[i + 1] === '\n' ? '\r\n' : '\r';
}

/**
 * The records of CSV text without quotes, as lines: csv-parse, with the options `readCsvTable`
 * gives it, makes every line a record (numbered from 1, a blank one too), and the last line one
 * only if it has a character it does not trim (CR, LF, FF, space, tab). Null for text
 * with quotes, or lone surrogates (which csv-parse turns into U+FFFD): csv-parse reads that.
 */
function quoteFreeLines(text: string): string[] | null {
  if (text.includes('"') || /\p{Cs}/u.test(text)) return null;
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const eol = lineBreak(body);
  const lines = eol === null ? [body] : body.split(eol);
  const last = lines[lines.length - 1]!;
  if (!/[^\r\n\f \t]/.test(last)) lines.pop();
  return lines;
}

function noHeader(file: string, problems: ImportProblem[]): null {
  problems.push({ file, row: null, column: null, message: 'file is empty (no header row)' });
  return null;
}

function readQuoteFree(file: string, kind: ImportKind, lines: string[], problems: ImportProblem[]): Table | null {
  if (lines.length === 0) return noHeader(file, problems);
  const builder = new TableBuilder(file, kind, lines[0]!.split(','), problems);
  for (let i = 1; i < lines.length; i++) builder.addLine(i + 1, lines[i]!);
  return builder.table();
}

function readQuoted(file: string, kind: ImportKind, text: string, problems: ImportProblem[]): Table | null {
  let records: { record: string[]; info: { records: number } }[];
  try {
    records = parse(text, { bom: true, trim: true, relax_column_count: true, skip_empty_lines: false, info: true }) as unknown as typeof records;
  } catch (err) {
    const e = err as { message?: string; lines?: number };
    problems.push({ file, row: e.lines ?? null, column: null, message: `CSV syntax error: ${e.message ?? String(err)}` });
    return null;
  }
  if (records.length === 0) return noHeader(file, problems);
  const builder = new TableBuilder(file, kind, records[0]!.record, problems);
  for (const r of records.slice(1)) builder.add(r.info.records, r.record);
  return builder.table();
}

export function readCsvTable(file: string, kind: ImportKind, text: string, problems: ImportProblem[]): Table | null {
  const lines = quoteFreeLines(text);
  return lines ? readQuoteFree(file, kind, lines, problems) : readQuoted(file, kind, text, problems);
}

/** A cell of a sheet as text: dates as YYYY-MM-DD, formulas by their result, rich text joined. */
export function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    const v = value as unknown as Record<string, unknown>;
    if (Array.isArray(v.richText)) return (v.richText as { text: string }[]).map((t) => t.text).join('');
    if ('result' in v) return cellText(v.result as ExcelJS.CellValue);
    if ('text' in v) return String(v.text);
    if ('error' in v) return String(v.error);
    return '';
  }
  return String(value);
}

export async function readXlsxTables(file: ImportFile, problems: ImportProblem[]): Promise<Table[]> {
  const workbook = new ExcelJS.Workbook();
  try {
    const bytes = typeof file.content === 'string' ? Buffer.from(file.content, 'binary') : Buffer.from(file.content);
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (err) {
    problems.push({ file: file.name, row: null, column: null, message: `not a readable XLSX workbook (${(err as Error).message})` });
    return [];
  }
  const tables: Table[] = [];
  let recognised = 0;
  for (const sheet of workbook.worksheets) {
    // a one-sheet workbook may also take its kind from --kind or the file name
    const kind = kindFromName(sheet.name) ?? (workbook.worksheets.length === 1 ? (file.kind ?? kindFromName(file.name)) : null);
    const name = `${file.name}[${sheet.name}]`;
    if (!kind) {
      if (sheet.actualRowCount > 0) {
        problems.push({ file: name, row: null, column: null, message: `sheet '${sheet.name}' is not named like a file kind (organisations, people, bodies, seats, collaborations, ties)` });
      }
      continue;
    }
    recognised++;
    const width = sheet.columnCount;
    let builder = null as TableBuilder | null;
    sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      const cells: string[] = [];
      for (let i = 1; i <= width; i++) cells.push(cellText(row.getCell(i).value));
      if (rowNumber === 1) {
        // trailing empty header cells come from formatting, not data
        while (cells.length && cells[cells.length - 1] === '') cells.pop();
        builder = new TableBuilder(name, kind, cells, problems);
      } else builder?.add(rowNumber, cells);
    });
    if (!builder) {
      problems.push({ file: name, row: null, column: null, message: 'sheet is empty (no header row)' });
      continue;
    }
    const table = builder.table();
    if (table) tables.push(table);
  }
  if (recognised === 0 && workbook.worksheets.length > 0 && !problems.some((p) => p.file.startsWith(file.name))) {
    problems.push({ file: file.name, row: null, column: null, message: 'no sheet is named like a file kind' });
  }
  return tables;
}

/** Every table in the files; problems with the files themselves (syntax, headers) are collected. */
export async function readTables(files: ImportFile[], problems: ImportProblem[]): Promise<Table[]> {
  const tables: Table[] = [];
  for (const file of files) {
    if (isXlsx(file)) {
      tables.push(...(await readXlsxTables(file, problems)));
      continue;
    }
    const kind = file.kind ?? kindFromName(file.name);
    if (!kind) {
      problems.push({
        file: file.name,
        row: null,
        column: null,
        message: 'cannot tell what the file holds from its name: name it organisations.csv, people.csv, bodies.csv, seats.csv, collaborations.csv or ties.csv, or give --kind',
      });
      continue;
    }
    const text = typeof file.content === 'string' ? file.content : Buffer.from(file.content).toString('utf8');
    const table = readCsvTable(file.name, kind, text, problems);
    if (table) tables.push(table);
  }
  return tables;
}

/** CSV text as rows of cells (the importer's own reader; tests and tools build workbooks from it). */
export function csvRows(text: string): string[][] {
  return parse(text, { bom: true, trim: true, relax_column_count: true, skip_empty_lines: true }) as string[][];
}

/** A workbook with one sheet per entry, cells as given (Date values become date cells). */
export async function writeWorkbook(sheets: Record<string, unknown[][]>): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) workbook.addWorksheet(name).addRows(rows);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
