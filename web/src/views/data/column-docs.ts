/**
 * The columns of each import file kind, read from the "Columns" tables of docs/import-export.md
 * (which are generated from server/src/imports/columns.ts), so the page shows what the docs say.
 */
import doc from '../../../../docs/import-export.md?raw';
import { IMPORT_KINDS, type ImportKind } from '../../api/data.ts';

export interface ColumnDoc {
  name: string;
  required: boolean;
  /** other spellings accepted in a header */
  aliases: string[];
  meaning: string;
}

const code = (cell: string) => cell.replace(/`/g, '').trim();

export function parseColumnDocs(markdown: string): Partial<Record<ImportKind, ColumnDoc[]>> {
  const out: Partial<Record<ImportKind, ColumnDoc[]>> = {};
  const lines = markdown.split('\n');
  const start = lines.findIndex((l) => /^## Columns\s*$/.test(l));
  if (start < 0) return out;
  let kind: ImportKind | null = null;
  for (const line of lines.slice(start + 1)) {
    if (/^## /.test(line)) break;
    const heading = /^### (\w+)\.csv/.exec(line);
    if (heading) {
      kind = (IMPORT_KINDS as readonly string[]).includes(heading[1]!) ? (heading[1] as ImportKind) : null;
      continue;
    }
    if (!kind || !line.startsWith('|')) continue;
    const cells = line.split('|').slice(1, -1).map((c) => c.trim());
    if (cells.length < 4 || cells[0] === 'column' || /^-+$/.test(cells[0]!)) continue;
    (out[kind] ??= []).push({
      name: code(cells[0]!),
      required: cells[1] === 'yes',
      aliases: cells[2] ? cells[2].split(',').map(code).filter(Boolean) : [],
      meaning: cells.slice(3).join(' | '),
    });
  }
  return out;
}

export const COLUMN_DOCS = parseColumnDocs(doc);
