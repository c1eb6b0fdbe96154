import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalColumn, COLUMN_SPECS, type ImportKind } from './columns.ts';
import { readCsvTable, type ImportProblem, type Table } from './tables.ts';

/**
 * The importer's CSV reading as it was before its quote-free fast path: csv-parse, then every
 * record to a row of cells by column name. The fast path must give exactly the same.
 */
function referenceRead(file: string, kind: ImportKind, text: string, problems: ImportProblem[]) {
  let records: { record: string[]; info: { records: number } }[];
  try {
    records = parse(text, { bom: true, trim: true, relax_column_count: true, skip_empty_lines: false, info: true }) as unknown as typeof records;
  } catch (err) {
    const e = err as { message?: string; lines?: number };
    problems.push({ file, row: e.lines ?? null, column: null, message: `CSV syntax error: ${e.message ?? String(err)}` });
    return null;
  }
  const header = records[0]?.record;
  if (!header) {
    problems.push({ file, row: null, column: null, message: 'file is empty (no header row)' });
    return null;
  }
  const columns = new Set<string>();
  const extraColumns: string[] = [];
  const names: (string | null)[] = [];
  let ok = true;
  for (const raw of header) {
    const name = raw.trim();
    const canonical = name === '' ? null : canonicalColumn(kind, name);
    const key = canonical ?? name;
    names.push(name === '' ? null : key);
    if (name === '') continue;
    if (columns.has(key) || extraColumns.includes(key)) {
      problems.push({ file, row: 1, column: key, message: `duplicate column '${name}'` });
      ok = false;
    }
    if (canonical) columns.add(canonical);
    else extraColumns.push(name);
  }
  for (const spec of COLUMN_SPECS[kind]) {
    if (spec.required && !columns.has(spec.name)) {
      problems.push({ file, row: 1, column: spec.name, message: `missing required column '${spec.name}'` });
      ok = false;
    }
  }
  const rows: { row: number; cells: Record<string, string> }[] = [];
  for (const { record, info } of records.slice(1)) {
    if (record.every((x) => x.trim() === '')) continue;
    if (record.length > header.length && record.slice(header.length).some((x) => x.trim() !== '')) {
      problems.push({ file, row: info.records, column: null, message: `expected ${header.length} fields, found ${record.length}` });
      ok = false;
      continue;
    }
    const cells: Record<string, string> = {};
    names.forEach((name, i) => {
      if (name !== null) cells[name] = (record[i] ?? '').trim();
    });
    rows.push({ row: info.records, cells });
  }
  return ok ? { columns: [...columns], extraColumns, rows } : null;
}

function plain(table: Table | null) {
  if (!table) return null;
  const rows = table.rows.map((r) => {
    const cells = r.cells();
    return { row: r.row, cells: Object.fromEntries([...table.positions].map(([name, i]) => [name, cells[i]!])) };
  });
  return { columns: [...table.columns], extraColumns: table.extraColumns, rows };
}

function read(text: string, kind: ImportKind = 'ties') {
  const problems: ImportProblem[] = [];
  const table = plain(readCsvTable('ties.csv', kind, text, problems));
  const expectedProblems: ImportProblem[] = [];
  const expected = referenceRead('ties.csv', kind, text, expectedProblems);
  return { table, problems, expected, expectedProblems };
}

const HEADER_NAMES = ['source', 'target', ' Kind ', 'TYPE', 'trust', 'since', 'id', 'note', 'note', '', ' '];
const CELL_PIECES = ['a', 'org-1', 'B', '1', '2020-01-01', ' ', '  ', '\t', '\f', '\v', '\u00a0', '\ufeff', '\r', ';', '-', 'é', '😀', ','];

const cell = fc.array(fc.constantFrom(...CELL_PIECES), { maxLength: 4 }).map((p) => p.join(''));
const line = fc.array(cell, { maxLength: 7 }).map((cells) => cells.join(','));
const header = fc.oneof(
  fc.constant('source,target'),
  fc.array(fc.constantFrom(...HEADER_NAMES), { minLength: 1, maxLength: 6 }).map((h) => h.join(',')),
  line,
);
const csvText = fc
  .record({
    bom: fc.boolean(),
    header,
    lines: fc.array(line, { maxLength: 8 }),
    eol: fc.constantFrom('\n', '\r\n', '\r'),
    straysEol: fc.constantFrom('', '\n', '\r\n', '\r'),
    end: fc.constantFrom('', 'eol', ' ', '\t', ',', '\r'),
  })
  .map(({ bom, header, lines, eol, straysEol, end }) => {
    // a line break of another kind inside a line is an ordinary character to csv-parse
    const body = [header, ...lines].map((l, i) => (i === 2 ? l + straysEol : l)).join(eol);
    return (bom ? '\ufeff' : '') + body + (end === 'eol' ? eol : end);
  });

describe('reading CSV tables', () => {
  it('reads quote-free CSV exactly as csv-parse does: rows, numbers, cells and problems', () => {
    fc.assert(
      fc.property(csvText, (text) => {
        const { table, problems, expected, expectedProblems } = read(text);
        expect(problems).toEqual(expectedProblems);
        expect(table).toEqual(expected);
      }),
      { numRuns: 3000, seed: 20250101 },
    );
  });

  it('numbers rows as csv-parse does, counting blank lines', () => {
    const { table, problems } = read('\ufeffsource,target\r\n\r\na,b\r\n , \r\nc,d,, \r\n');
    expect(problems).toEqual([]);
    expect(table!.rows.map((r) => [r.row, r.cells.source])).toEqual([[3, 'a'], [5, 'c']]);
  });

  it('reports a row with more fields than the header, and an empty file', () => {
    expect(read('source,target\na,b,c\n').problems).toEqual([{ file: 'ties.csv', row: 2, column: null, message: 'expected 2 fields, found 3' }]);
    expect(read(' \t').problems).toEqual([{ file: 'ties.csv', row: null, column: null, message: 'file is empty (no header row)' }]);
  });

  it('takes a last line without a line break as csv-parse does', () => {
    for (const text of ['', '\ufeff', '\f', ' \f\t\r', '\r\n', ',', ' , ', '\u00a0', '\v', 'source,target\n\f', 'source,target\na,b\n\r']) {
      const { table, problems, expected, expectedProblems } = read(text);
      expect([table, problems]).toEqual([expected, expectedProblems]);
    }
  });

  it('reads quoted CSV, and text with a lone surrogate, with csv-parse', () => {
    for (const text of ['source,target\n"a, b",c\n', 'source,target\na\ud800,b\n', 'source,target\n"a\n']) {
      const { table, problems, expected, expectedProblems } = read(text);
      expect(problems).toEqual(expectedProblems);
      expect(table).toEqual(expected);
    }
    expect(read('source,target\na\ud800,b\n').table!.rows[0]!.cells.source).toBe('a\ufffd');
  });
});
