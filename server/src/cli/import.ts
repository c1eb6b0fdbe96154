/**
 * `cyswllt import <files...> [--kind KIND] [--dry-run] [--reason TEXT]`: organisations, people,
 * bodies, seats, collaborations and ties from CSV files (kind from the file name, or --kind) or
 * XLSX workbooks (one sheet per kind, named like the files). Everything is checked first and every
 * problem printed as `file:row: column: message`; nothing is written unless every row is valid.
 * Exit codes: 0 imported (or dry run clean), 1 problems in the files, 2 bad usage.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { connect } from '../db/connect.ts';
import { parseKind, type ImportKind } from '../imports/columns.ts';
import { importFiles, type ImportProgress, type ImportResult } from '../imports/service.ts';
import { formatImportProblem, isXlsx, type ImportFile } from '../imports/tables.ts';

export const IMPORT_USAGE = `usage: cyswllt import <files...> [--kind KIND] [--dry-run] [--reason TEXT]

  files       organisations.csv, people.csv, bodies.csv, seats.csv, collaborations.csv, ties.csv
              (the kind is read from the name: nodes.csv and edges.csv work too), or .xlsx
              workbooks with one sheet per kind; columns in docs/import-export.md
  --kind      the kind of every CSV file given, when the names do not say
  --dry-run   check everything and count what would change; write nothing
  --reason    why (recorded in the audit trail with the counts and file names)`;

/** A progress line on stderr: a redrawn bar on a terminal, a plain line every few seconds otherwise. */
export function progressReporter(stream: NodeJS.WriteStream = process.stderr): { update: (p: ImportProgress) => void; done: () => void } {
  const tty = stream.isTTY === true;
  let lastPlain = 0;
  let drawn = false;
  const label = (p: ImportProgress) => `${p.phase}${p.kind ? ` ${p.kind}` : ''}`;
  return {
    update: (p) => {
      const share = p.total > 0 ? Math.min(1, p.done / p.total) : 1;
      if (tty) {
        const width = 30;
        const filled = Math.round(share * width);
        stream.write(`\r${label(p).padEnd(22)} [${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${String(Math.round(share * 100)).padStart(3)}% ${p.done}/${p.total}\u001b[K`);
        drawn = true;
      } else {
        const now = Date.now();
        if (now - lastPlain >= 2000 || p.done === p.total) {
          stream.write(`${label(p)}: ${p.done}/${p.total}\n`);
          lastPlain = now;
        }
      }
    },
    done: () => {
      if (tty && drawn) stream.write('\r\u001b[K');
    },
  };
}

export function formatImportResult(result: ImportResult): string {
  const lines = result.counts.map((c) => `  ${c.kind.padEnd(15)} ${String(c.created).padStart(7)} created ${String(c.updated).padStart(7)} updated ${String(c.unchanged).padStart(7)} unchanged`);
  const head = result.dryRun ? 'Dry run: nothing written. Would import:' : result.changeId ? `Imported (change ${result.changeId}):` : 'Nothing to change:';
  return [head, ...lines].join('\n');
}

export async function runImport(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        kind: { type: 'string' },
        'dry-run': { type: 'boolean', default: false },
        reason: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (err) {
    process.stderr.write(`import: ${(err as Error).message}\n${IMPORT_USAGE}\n`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(`${IMPORT_USAGE}\n`);
    return 0;
  }
  if (!positionals.length) {
    process.stderr.write(`import: name at least one file\n${IMPORT_USAGE}\n`);
    return 2;
  }
  let kind: ImportKind | null = null;
  if (values.kind !== undefined) {
    kind = parseKind(values.kind);
    if (!kind) {
      process.stderr.write(`import: unknown --kind '${values.kind}'\n${IMPORT_USAGE}\n`);
      return 2;
    }
  }
  const files: ImportFile[] = [];
  let unreadable = 0;
  for (const path of positionals) {
    try {
      const bytes = readFileSync(path);
      const file: ImportFile = { name: path, content: bytes, kind };
      files.push(isXlsx(file) ? file : { ...file, content: bytes.toString('utf8') });
    } catch (err) {
      const code = (err as { code?: string }).code;
      process.stderr.write(`${path}: ${code === 'ENOENT' ? 'file not found' : `cannot read file (${code ?? String(err)})`}\n`);
      unreadable++;
    }
  }
  if (unreadable) return 1;
  const { db } = await connect(process.env, (line) => process.stderr.write(`${line}\n`));
  const progress = progressReporter();
  try {
    const result = await importFiles(db, files, {
      actor: `cli:${process.env.USER ?? 'import'}`,
      dryRun: values['dry-run'],
      reason: values.reason ?? null,
      onProgress: progress.update,
    });
    progress.done();
    for (const w of result.warnings) process.stderr.write(`warning: ${formatImportProblem(w)}\n`);
    if (!result.ok) {
      for (const p of result.problems) process.stderr.write(`${formatImportProblem(p)}\n`);
      process.stderr.write(`import: ${result.problems.length} problem(s); nothing was imported\n`);
      return 1;
    }
    process.stdout.write(`${formatImportResult(result)}\n`);
    return 0;
  } finally {
    progress.done();
    await db.close();
  }
}
