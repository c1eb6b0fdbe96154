/**
 * Import jobs for the web upload page (services/import-jobs.ts): `uploadImportFiles` sends files
 * in pieces under the 1 MiB request limit, `runImportJob` starts the import and answers at once,
 * and `importJob` is polled for the importer's progress and, at the end, its result (the same
 * ImportResult as `importFiles`). The mutations are admins only, exactly as `importFiles` is
 * (no MUTATION_POLICY entry: deny by default); a job is visible only to the account that made it.
 */
import type { EnumRef, InputObjectRef, ObjectRef } from '@pothos/core';
import type { ImportKind } from '../imports/columns.ts';
import type { ImportResult } from '../imports/service.ts';
import { addImportFiles, getImportJob, runImportJob, type ImportJob } from '../services/import-jobs.ts';
import { builder } from './builder.ts';
import { MUTATION_ERRORS } from './errors.ts';

interface FileInput {
  name: string;
  content: string;
  encoding?: 'TEXT' | 'BASE64' | null;
  kind?: ImportKind | null;
}

// schema/imports.ts defines these types and does not export their refs: Pothos resolves a type by
// its name when the schema is built, so the job reuses them instead of declaring copies.
type Types = typeof builder extends PothosSchemaTypes.SchemaBuilder<infer T> ? T : never;
const ImportFileInputByName = 'ImportFileInput' as unknown as InputObjectRef<Types, FileInput>;
const ImportResultByName = 'ImportResult' as unknown as ObjectRef<Types, ImportResult>;
const ImportKindByName = 'ImportKind' as unknown as EnumRef<Types, ImportKind>;

const ImportJobStateEnum = builder.enumType('ImportJobState', {
  description: 'UPLOADING (files may be added), RUNNING, DONE (see result) or FAILED (see error)',
  values: ['UPLOADING', 'RUNNING', 'DONE', 'FAILED'] as const,
});

const ImportPhaseEnum = builder.enumType('ImportPhase', {
  description: 'What the importer is doing: reading the files, checking rows, comparing with the database, writing',
  values: ['read', 'check', 'compare', 'write'] as const,
});

const ImportJobRef = builder.objectRef<ImportJob>('ImportJob').implement({
  description: 'An import started from the web page: its upload, progress and result',
  fields: (t) => ({
    id: t.exposeString('id'),
    state: t.field({ type: ImportJobStateEnum, resolve: (j) => j.state.toUpperCase() as 'UPLOADING' | 'RUNNING' | 'DONE' | 'FAILED' }),
    dryRun: t.exposeBoolean('dryRun'),
    files: t.stringList({ description: 'The names of the files received', resolve: (j) => j.files.map((f) => f.name) }),
    receivedBytes: t.exposeInt('receivedBytes'),
    phase: t.field({ type: ImportPhaseEnum, nullable: true, resolve: (j) => j.progress?.phase ?? null }),
    kind: t.field({ type: ImportKindByName, nullable: true, description: 'The kind of record the phase is on, when it goes kind by kind', resolve: (j) => j.progress?.kind ?? null }),
    done: t.int({ description: 'Steps of the phase done (files read, rows checked or written)', resolve: (j) => j.progress?.done ?? 0 }),
    total: t.int({ resolve: (j) => j.progress?.total ?? 0 }),
    result: t.field({ type: ImportResultByName, nullable: true, description: 'Set when DONE: the problems, or the counts', resolve: (j) => j.result }),
    error: t.exposeString('error', { nullable: true, description: 'Set when FAILED: why; nothing was written' }),
    createdAt: t.field({ type: 'DateTime', resolve: (j) => j.createdAt }),
  }),
});

builder.mutationFields((t) => ({
  uploadImportFiles: t.field({
    type: ImportJobRef,
    errors: { types: MUTATION_ERRORS },
    description:
      'Adds files, or pieces of files, to an import job (a new one when jobId is not given); pieces with the same name are joined in order. CSV as TEXT or BASE64, XLSX as BASE64. At most 20 files and 32 MiB per job.',
    args: {
      jobId: t.arg.string({ required: false }),
      files: t.arg({ type: [ImportFileInputByName], required: true }),
    },
    resolve: (_root, args, ctx) => {
      const pieces = args.files.map((f) => {
        const base64 = (f.encoding ?? (/\.xlsx$/i.test(f.name) ? 'BASE64' : 'TEXT')) === 'BASE64';
        return { name: f.name, bytes: new Uint8Array(Buffer.from(f.content, base64 ? 'base64' : 'utf8')), kind: f.kind ?? null };
      });
      return addImportFiles(ctx.actor, args.jobId ?? null, pieces);
    },
  }),
  runImportJob: t.field({
    type: ImportJobRef,
    errors: { types: MUTATION_ERRORS },
    description: 'Starts the import of the uploaded files and answers at once; poll `importJob` for progress and the result. dryRun checks and counts, writing nothing.',
    args: {
      jobId: t.arg.string({ required: true }),
      dryRun: t.arg.boolean({ required: false }),
      reason: t.arg.string({ required: false }),
    },
    resolve: (_root, args, ctx) => runImportJob(ctx.db, ctx.actor, args.jobId, { dryRun: args.dryRun ?? false, reason: args.reason ?? null }),
  }),
}));

builder.queryField('importJob', (t) =>
  t.field({
    type: ImportJobRef,
    nullable: true,
    description: 'One of your import jobs (null when it does not exist, has expired or is not yours)',
    args: { id: t.arg.string({ required: true }) },
    resolve: (_root, args, ctx) => getImportJob(ctx.actor, args.id),
  }),
);
