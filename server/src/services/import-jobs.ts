/**
 * Import jobs: how the web upload page imports large files with a progress bar. A GraphQL request
 * body is at most 1 MiB (http/limits.ts), so the page sends each file in pieces (`addFiles`), then
 * starts the import (`run`), which goes on after the request has answered; the page polls the
 * job (`get`) for the importer's own progress (the phases and counts the CLI's bar shows).
 *
 * Jobs live in this server's memory, owned by the account that made them: behind several server
 * instances the page must keep talking to the same one (sticky sessions). Idle and finished jobs
 * are forgotten after JOB_TTL_MS. The import itself is `importFiles`: all or nothing, audited.
 */
import { randomUUID } from 'node:crypto';
import type { Database } from '../db/database.ts';
import { ConflictError, DatabaseUnavailableError, NotFoundError, ValidationError } from '../domain/errors.ts';
import type { ImportKind } from '../imports/columns.ts';
import { importFiles, type ImportProgress, type ImportResult } from '../imports/service.ts';
import type { ImportFile } from '../imports/tables.ts';

export type ImportJobState = 'uploading' | 'running' | 'done' | 'failed';

/** raw bytes one job may hold (its pieces each fit the 1 MiB request limit of http/limits.ts) */
export const IMPORT_JOB_MAX_BYTES = 32 * 1024 * 1024;
export const IMPORT_JOB_MAX_FILES = 20;
export const JOB_TTL_MS = 30 * 60_000;

interface UploadedFile {
  name: string;
  kind: ImportKind | null;
  chunks: Uint8Array[];
  bytes: number;
}

export interface ImportJob {
  id: string;
  /** the account (audit id) that made it; nobody else sees it */
  owner: string;
  state: ImportJobState;
  dryRun: boolean;
  files: UploadedFile[];
  receivedBytes: number;
  progress: ImportProgress | null;
  result: ImportResult | null;
  /** why a failed job failed, in words fit for the user */
  error: string | null;
  createdAt: string;
  touchedAt: number;
}

/** One piece of a file: pieces of the same name are joined in the order they arrive. */
export interface FilePiece {
  name: string;
  bytes: Uint8Array;
  kind?: ImportKind | null;
}

const jobs = new Map<string, ImportJob>();

function sweep(now = Date.now()): void {
  for (const [id, job] of jobs) if (job.state !== 'running' && now - job.touchedAt > JOB_TTL_MS) jobs.delete(id);
}

function owned(owner: string, id: string): ImportJob {
  sweep();
  const job = jobs.get(id);
  if (!job || job.owner !== owner) throw new NotFoundError('ImportJob', id);
  job.touchedAt = Date.now();
  return job;
}

/** The job if it is this owner's, else null (a job of someone else's is not admitted to exist). */
export function getImportJob(owner: string, id: string): ImportJob | null {
  try {
    return owned(owner, id);
  } catch {
    return null;
  }
}

/**
 * Adds pieces of files to the owner's job (a new job when `jobId` is null; an unfinished upload
 * of the same owner is then dropped, so an abandoned upload holds no memory).
 */
export function addImportFiles(owner: string, jobId: string | null, pieces: FilePiece[]): ImportJob {
  let job: ImportJob;
  if (jobId === null) {
    sweep();
    for (const [id, other] of jobs) if (other.owner === owner && other.state === 'uploading') jobs.delete(id);
    job = {
      id: `import-job-${randomUUID()}`,
      owner,
      state: 'uploading',
      dryRun: false,
      files: [],
      receivedBytes: 0,
      progress: null,
      result: null,
      error: null,
      createdAt: new Date().toISOString(),
      touchedAt: Date.now(),
    };
  } else {
    job = owned(owner, jobId);
    if (job.state !== 'uploading') throw new ConflictError('invalid_transition', 'This import has started; files can no longer be added to it');
  }
  const adding = pieces.reduce((n, p) => n + p.bytes.length, 0);
  if (job.receivedBytes + adding > IMPORT_JOB_MAX_BYTES) {
    throw new ValidationError([{ path: ['files'], message: `at most ${IMPORT_JOB_MAX_BYTES / 1024 / 1024} MiB per import; use the command line for larger imports` }]);
  }
  const names = new Set([...job.files.map((f) => f.name), ...pieces.map((p) => p.name)]);
  if (names.size > IMPORT_JOB_MAX_FILES) throw new ValidationError([{ path: ['files'], message: `at most ${IMPORT_JOB_MAX_FILES} files per import` }]);
  for (const piece of pieces) {
    let file = job.files.find((f) => f.name === piece.name);
    if (!file) {
      file = { name: piece.name, kind: piece.kind ?? null, chunks: [], bytes: 0 };
      job.files.push(file);
    }
    file.chunks.push(piece.bytes);
    file.bytes += piece.bytes.length;
    if (piece.kind) file.kind = piece.kind;
  }
  job.receivedBytes += adding;
  jobs.set(job.id, job);
  return job;
}

function joined(file: UploadedFile): ImportFile {
  const content = new Uint8Array(file.bytes);
  let at = 0;
  for (const chunk of file.chunks) {
    content.set(chunk, at);
    at += chunk.length;
  }
  return { name: file.name, content, kind: file.kind };
}

/** Errors raised on purpose keep their words for the user; anything else is masked (and logged). */
function isExpected(error: unknown): error is Error {
  return error instanceof ValidationError || error instanceof ConflictError || error instanceof DatabaseUnavailableError;
}

/**
 * Starts the owner's uploaded job and answers at once; the import runs on (one write transaction,
 * as `importFiles` always does) and the job records its progress, then its result or failure.
 */
export function runImportJob(db: Database, owner: string, jobId: string, options: { dryRun: boolean; reason: string | null }): ImportJob {
  const job = owned(owner, jobId);
  if (job.state !== 'uploading') throw new ConflictError('invalid_transition', 'This import has already started');
  if (job.files.length === 0) throw new ValidationError([{ path: ['jobId'], message: 'no file has been uploaded to this import' }]);
  for (const other of jobs.values()) {
    if (other.owner === owner && other.state === 'running') throw new ConflictError('duplicate', 'Another import of yours is still running; wait for it to finish');
  }
  const files = job.files.map(joined);
  // the pieces are no longer needed: the joined copies are the importer's
  job.files = job.files.map((f) => ({ ...f, chunks: [] }));
  job.state = 'running';
  job.dryRun = options.dryRun;
  job.progress = { phase: 'read', done: 0, total: files.length };
  void importFiles(db, files, {
    actor: owner,
    dryRun: options.dryRun,
    reason: options.reason,
    onProgress: (p) => {
      job.progress = p;
    },
  }).then(
    (result) => {
      job.result = result;
      job.state = 'done';
      job.touchedAt = Date.now();
    },
    (error: unknown) => {
      if (!isExpected(error)) console.error('import job failed', error);
      job.error = isExpected(error) ? error.message : 'The import failed unexpectedly; nothing was written.';
      job.state = 'failed';
      job.touchedAt = Date.now();
    },
  );
  return job;
}
