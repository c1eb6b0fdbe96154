/**
 * `importFiles`: the web upload page sends file contents (CSV text, or an XLSX workbook as base64)
 * and gets back either every problem (file, row, column, message) or the counts. Limits: at most
 * 20 files and 10 MiB of content in one request (base64 counted as sent); more is refused as a
 * ValidationError - use `pnpm cyswllt import` for larger loads.
 */
import { ValidationError } from '../domain/errors.ts';
import { IMPORT_KINDS } from '../imports/columns.ts';
import { importFiles, type ImportCounts, type ImportResult } from '../imports/service.ts';
import type { ImportFile, ImportProblem } from '../imports/tables.ts';
import { builder } from './builder.ts';
import { MUTATION_ERRORS } from './errors.ts';

export const IMPORT_MAX_FILES = 20;
export const IMPORT_MAX_BYTES = 10 * 1024 * 1024;
/** problems listed in one answer; `problemCount` tells the whole number */
export const IMPORT_MAX_PROBLEMS = 1000;

const ImportKindEnum = builder.enumType('ImportKind', { values: IMPORT_KINDS });
const ImportEncodingEnum = builder.enumType('ImportEncoding', {
  description: 'TEXT for CSV text, BASE64 for the bytes of an XLSX workbook',
  values: ['TEXT', 'BASE64'] as const,
});

const ImportFileInput = builder.inputType('ImportFileInput', {
  fields: (t) => ({
    name: t.string({ required: true, description: 'File name, e.g. organisations.csv or network.xlsx; a CSV file\'s kind is read from it' }),
    content: t.string({ required: true, description: 'CSV text, or base64 of an XLSX workbook' }),
    encoding: t.field({ type: ImportEncodingEnum, required: false, description: 'Default: BASE64 for .xlsx names, TEXT otherwise' }),
    kind: t.field({ type: ImportKindEnum, required: false, description: 'What a CSV file holds, when its name does not say' }),
  }),
});

const ImportProblemRef = builder.objectRef<ImportProblem>('ImportProblem').implement({
  description: 'One problem in an import: the file (book.xlsx[sheet] for a sheet), the spreadsheet row (header = 1) and column',
  fields: (t) => ({
    file: t.exposeString('file'),
    row: t.exposeInt('row', { nullable: true }),
    column: t.exposeString('column', { nullable: true }),
    message: t.exposeString('message'),
  }),
});

const ImportCountRef = builder.objectRef<ImportCounts>('ImportCount').implement({
  fields: (t) => ({
    kind: t.field({ type: ImportKindEnum, resolve: (c) => c.kind }),
    created: t.exposeInt('created'),
    updated: t.exposeInt('updated'),
    unchanged: t.exposeInt('unchanged'),
  }),
});

const ImportResultRef = builder.objectRef<ImportResult>('ImportResult').implement({
  description: 'Either problems (and nothing written) or counts of what was (or, in a dry run, would be) created, updated and left unchanged',
  fields: (t) => ({
    ok: t.exposeBoolean('ok', { description: 'Every row was valid; unless dryRun, everything was written' }),
    dryRun: t.exposeBoolean('dryRun'),
    rows: t.exposeInt('rows', { description: 'Data rows read' }),
    problemCount: t.int({ resolve: (r) => r.problems.length }),
    problems: t.field({ type: [ImportProblemRef], description: `The first ${IMPORT_MAX_PROBLEMS} problems`, resolve: (r) => r.problems.slice(0, IMPORT_MAX_PROBLEMS) }),
    warnings: t.field({ type: [ImportProblemRef], resolve: (r) => r.warnings }),
    counts: t.field({ type: [ImportCountRef], resolve: (r) => r.counts }),
    changeId: t.exposeString('changeId', { nullable: true, description: 'The audit Change recording this import' }),
  }),
});

builder.mutationField('importFiles', (t) =>
  t.field({
    type: ImportResultRef,
    errors: { types: MUTATION_ERRORS },
    description: `Imports organisations, people, bodies, seats, collaborations and ties from CSV/XLSX contents; all or nothing. At most ${IMPORT_MAX_FILES} files and ${IMPORT_MAX_BYTES / 1024 / 1024} MiB per request.`,
    args: {
      files: t.arg({ type: [ImportFileInput], required: true }),
      dryRun: t.arg.boolean({ required: false }),
      reason: t.arg.string({ required: false }),
    },
    resolve: async (_root, args, ctx) => {
      if (args.files.length === 0) throw new ValidationError([{ path: ['files'], message: 'give at least one file' }]);
      if (args.files.length > IMPORT_MAX_FILES) throw new ValidationError([{ path: ['files'], message: `at most ${IMPORT_MAX_FILES} files per request` }]);
      const size = args.files.reduce((n, f) => n + f.content.length, 0);
      if (size > IMPORT_MAX_BYTES) {
        throw new ValidationError([{ path: ['files'], message: `at most ${IMPORT_MAX_BYTES / 1024 / 1024} MiB per request; use the command line for larger imports` }]);
      }
      const files: ImportFile[] = args.files.map((f) => {
        const base64 = (f.encoding ?? (/\.xlsx$/i.test(f.name) ? 'BASE64' : 'TEXT')) === 'BASE64';
        return { name: f.name, content: base64 ? new Uint8Array(Buffer.from(f.content, 'base64')) : f.content, kind: f.kind ?? null };
      });
      return importFiles(ctx.db, files, { actor: ctx.actor, dryRun: args.dryRun ?? false, reason: args.reason ?? null });
    },
  }),
);
