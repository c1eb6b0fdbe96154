/**
 * Import files as tables: a CSV file is one table, an XLSX workbook one table per sheet (the sheet
 * named like a file kind: organisations, people, bodies, seats, collaborations, ties). Rows are
 * numbered as a spreadsheet shows them (the header is row 1); blank rows are skipped. CSV is read
 * with the same csv-parse options as `cyswllt analyse` (server/src/cli/csv-network.ts).
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
  /** canonical column -> trimmed cell text ('' when empty) */
  cells: Map<string, string>;
  /** columns outside the spec, by their header name */
  extras: Map<string, string>;
}

export interface Table {
  file: string;
  kind: ImportKind;
  /** canonical columns present in the header */
  columns: Set<string>;
  extraColumns: string[];
  rows: TableRow[];
}

export function isXlsx(file: ImportFile): boolean {
  return /\.xlsx$/i.test(file.name) || (typeof file.content !== 'string' && file.content[0] === 0x50 && file.content[1] === 0x4b);
}

function buildTable(file: string, kind: ImportKind, header: string[], records: { row: number; cells: string[] }[], problems: ImportProblem[]): Table | null {
  const columns = new Set<string>();
  const extraColumns: string[] = [];
  const index: { canonical: string | null; name: string }[] = [];
  let ok = true;
  header.forEach((raw) => {
    const name = raw.trim();
    if (name === '') {
      index.push({ canonical: null, name: '' });
      return;
    }
    const canonical = canonicalColumn(kind, name);
    const key = canonical ?? name;
    if (columns.has(key) || extraColumns.includes(key)) {
      problems.push({ file, row: 1, column: key, message: `duplicate column '${name}'` });
      ok = false;
    }
    if (canonical) columns.add(canonical);
    else extraColumns.push(name);
    index.push({ canonical, name });
  });
  for (const spec of COLUMN_SPECS[kind]) {
    if (spec.required && !columns.has(spec.name)) {
      problems.push({ file, row: 1, column: spec.name, message: `missing required column '${spec.name}'` });
      ok = false;
    }
  }
  const rows: TableRow[] = [];
  for (const r of records) {
    if (r.cells.every((x) => x.trim() === '')) continue;
    if (r.cells.length > header.length && r.cells.slice(header.length).some((x) => x.trim() !== '')) {
      problems.push({ file, row: r.row, column: null, message: `expected ${header.length} fields, found ${r.cells.length}` });
      ok = false;
      continue;
    }
    const cells = new Map<string, string>();
    const extras = new Map<string, string>();
    index.forEach((col, i) => {
      const value = (r.cells[i] ?? '').trim();
      if (col.canonical) cells.set(col.canonical, value);
      else if (col.name !== '') extras.set(col.name, value);
    });
    rows.push({ row: r.row, cells, extras });
  }
  return ok ? { file, kind, columns, extraColumns, rows } : null;
}

export function readCsvTable(file: string, kind: ImportKind, text: string, problems: ImportProblem[]): Table | null {
  let records: { record: string[]; info: { records: number } }[];
  try {
    records = parse(text, { bom: true, trim: true, relax_column_count: true, skip_empty_lines: false, info: true }) as unknown as {
      record: string[];
      info: { records: number };
    }[];
  } catch (err) {
    const e = err as { message?: string; lines?: number };
    problems.push({ file, row: e.lines ?? null, column: null, message: `CSV syntax error: ${e.message ?? String(err)}` });
    return null;
  }
  const first = records[0];
  if (!first) {
    problems.push({ file, row: null, column: null, message: 'file is empty (no header row)' });
    return null;
  }
  return buildTable(file, kind, first.record, records.slice(1).map((r) => ({ row: r.info.records, cells: r.record })), problems);
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
    const rowsOf: { row: number; cells: string[] }[] = [];
    let header: string[] | null = null;
    sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      const cells: string[] = [];
      for (let i = 1; i <= width; i++) cells.push(cellText(row.getCell(i).value));
      if (rowNumber === 1) header = cells;
      else rowsOf.push({ row: rowNumber, cells });
    });
    if (!header) {
      problems.push({ file: name, row: null, column: null, message: 'sheet is empty (no header row)' });
      continue;
    }
    // trailing empty header cells come from formatting, not data
    const h = header as string[];
    while (h.length && h[h.length - 1] === '') h.pop();
    const table = buildTable(name, kind, h, rowsOf, problems);
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
