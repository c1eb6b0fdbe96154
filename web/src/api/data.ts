/**
 * Imports from the web page through an import job (server/src/schema/import-job.ts): the files go
 * up in pieces small enough for the API's 1 MiB request limit, each piece by XMLHttpRequest so the
 * page can show the bytes sent; then the job is started and polled for the importer's phases until
 * it has a result.
 */
import { authHeaders } from '../auth/session.ts';
import { ApiError, operation, request, type GraphqlError, type Operation } from './client.ts';

export const IMPORT_KINDS = ['organisations', 'people', 'bodies', 'seats', 'collaborations', 'ties'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];
export type ImportPhase = 'read' | 'check' | 'compare' | 'write';

export interface ImportProblem {
  file: string;
  row: number | null;
  column: string | null;
  message: string;
}

export interface ImportCount {
  kind: ImportKind;
  created: number;
  updated: number;
  unchanged: number;
}

export interface ImportResult {
  ok: boolean;
  dryRun: boolean;
  rows: number;
  problemCount: number;
  problems: ImportProblem[];
  warnings: ImportProblem[];
  counts: ImportCount[];
  changeId: string | null;
}

export interface ImportJob {
  id: string;
  state: 'UPLOADING' | 'RUNNING' | 'DONE' | 'FAILED';
  dryRun: boolean;
  receivedBytes: number;
  phase: ImportPhase | null;
  kind: ImportKind | null;
  done: number;
  total: number;
  result: ImportResult | null;
  error: string | null;
}

interface FieldError {
  path: string[];
  message: string;
}

/** A typed error the mutation answered with (ValidationError, ForbiddenError, ...). */
export interface MutationError {
  __typename: string;
  message: string;
  fieldErrors?: FieldError[];
}

const JOB_FIELDS = `id state dryRun receivedBytes phase kind done total error
  result {
    ok dryRun rows problemCount
    problems { file row column message }
    warnings { file row column message }
    counts { kind created updated unchanged }
    changeId
  }`;

interface FileInput {
  name: string;
  content: string;
  encoding: 'BASE64';
  kind: ImportKind | null;
}

type JobResult<K extends string> = Record<K, ({ __typename: `Mutation${string}Success`; data: ImportJob }) | MutationError>;

const UPLOAD_IMPORT_FILES = operation<JobResult<'uploadImportFiles'>, { jobId: string | null; files: FileInput[] }>(
  'UploadImportFiles',
  `mutation UploadImportFiles($jobId: String, $files: [ImportFileInput!]!) {
    uploadImportFiles(jobId: $jobId, files: $files) {
      __typename
      ... on MutationUploadImportFilesSuccess { data { ${JOB_FIELDS} } }
      ... on Error { message }
      ... on ValidationError { fieldErrors { path message } }
    }
  }`,
);

const RUN_IMPORT_JOB = operation<JobResult<'runImportJob'>, { jobId: string; dryRun: boolean; reason: string | null }>(
  'RunImportJob',
  `mutation RunImportJob($jobId: String!, $dryRun: Boolean, $reason: String) {
    runImportJob(jobId: $jobId, dryRun: $dryRun, reason: $reason) {
      __typename
      ... on MutationRunImportJobSuccess { data { ${JOB_FIELDS} } }
      ... on Error { message }
      ... on ValidationError { fieldErrors { path message } }
    }
  }`,
);

const IMPORT_JOB = operation<{ importJob: ImportJob | null }, { id: string }>('ImportJob', `query ImportJob($id: String!) { importJob(id: $id) { ${JOB_FIELDS} } }`);

/** Raw bytes per request: base64 makes them 4/3 as long, well under the API's 1 MiB body limit. */
export const PIECE_BYTES = 512 * 1024;
const POLL_MS = 250;

/** The mutation refused: its typed error, for the page to show. */
export class ImportRefused extends Error {
  constructor(readonly error: MutationError) {
    super(error.message);
    this.name = 'ImportRefused';
  }
}

/** A piece could not be sent (network down, server gone): the page says so in its own words. */
export class UploadFailed extends Error {}

/** The server no longer knows the job (restarted, or another instance answered). */
export class ImportJobLost extends Error {}

/** POSTs one operation with XMLHttpRequest, reporting bytes sent (fetch cannot report upload progress). */
function requestWithProgress<TData, TVars>(op: Operation<TData, TVars>, variables: TVars, onSent: (loaded: number, total: number) => void, signal?: AbortSignal): Promise<TData> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', '/graphql');
    xhr.withCredentials = true;
    const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json', ...authHeaders() };
    for (const [name, value] of Object.entries(headers)) xhr.setRequestHeader(name, value);
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) onSent(e.loaded, e.total);
    };
    xhr.onerror = () => reject(new UploadFailed('upload failed'));
    xhr.onabort = () => reject(new DOMException('aborted', 'AbortError'));
    xhr.onload = () => {
      let body: { data?: TData | null; errors?: GraphqlError[] };
      try {
        body = JSON.parse(xhr.responseText) as typeof body;
      } catch {
        reject(new ApiError(`HTTP ${xhr.status}`, [], xhr.status));
        return;
      }
      if (body.errors?.length) reject(new ApiError(body.errors.map((e) => e.message).join('; '), body.errors, xhr.status));
      else if (body.data == null) reject(new ApiError(`HTTP ${xhr.status}`, [], xhr.status));
      else resolve(body.data);
    };
    signal?.addEventListener('abort', () => xhr.abort(), { once: true });
    xhr.send(JSON.stringify({ operationName: op.name, query: op.document, variables }));
  });
}

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  // String.fromCharCode takes arguments: go in slices that stay under engines' argument limits
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

function jobOf<K extends string>(result: JobResult<K>, field: K): ImportJob {
  const answer = result[field];
  if ('data' in answer) return answer.data;
  throw new ImportRefused(answer);
}

export interface ChosenFile {
  file: File;
  /** what a CSV file holds when its name does not say; null: read from the name */
  kind: ImportKind | null;
}

export type ImportStage =
  | { stage: 'upload'; sent: number; total: number }
  | { stage: 'server'; phase: ImportPhase | null; kind: ImportKind | null; done: number; total: number };

interface Piece {
  name: string;
  kind: ImportKind | null;
  bytes: Uint8Array;
}

/** The files cut into pieces of at most PIECE_BYTES, packed into requests of at most PIECE_BYTES. */
async function requestsFor(files: ChosenFile[]): Promise<Piece[][]> {
  const pieces: Piece[] = [];
  for (const chosen of files) {
    const bytes = new Uint8Array(await chosen.file.arrayBuffer());
    // an empty file still goes up, so the importer can say it is empty
    for (let at = 0; at < Math.max(bytes.length, 1); at += PIECE_BYTES) {
      pieces.push({ name: chosen.file.name, kind: chosen.kind, bytes: bytes.subarray(at, at + PIECE_BYTES) });
    }
  }
  const requests: Piece[][] = [];
  let current: Piece[] = [];
  let size = 0;
  for (const piece of pieces) {
    if (current.length && size + piece.bytes.length > PIECE_BYTES) {
      requests.push(current);
      current = [];
      size = 0;
    }
    current.push(piece);
    size += piece.bytes.length;
  }
  if (current.length) requests.push(current);
  return requests;
}

/**
 * Uploads the files, runs the import (or only the checks) and waits for its result, reporting
 * each stage. Throws ImportRefused for a typed refusal, UploadFailed or ImportJobLost, or ApiError
 * when the API could not answer.
 */
export async function runImport(
  files: ChosenFile[],
  options: { dryRun: boolean; reason: string | null },
  onStage: (stage: ImportStage) => void,
  signal?: AbortSignal,
): Promise<ImportJob> {
  const requests = await requestsFor(files);
  const total = requests.reduce((n, r) => n + r.reduce((m, p) => m + p.bytes.length, 0), 0);
  let sentBefore = 0;
  let jobId: string | null = null;
  onStage({ stage: 'upload', sent: 0, total });
  for (const pieces of requests) {
    const raw = pieces.reduce((n, p) => n + p.bytes.length, 0);
    const inputs = pieces.map((p): FileInput => ({ name: p.name, content: toBase64(p.bytes), encoding: 'BASE64', kind: p.kind }));
    const answer: JobResult<'uploadImportFiles'> = await requestWithProgress(
      UPLOAD_IMPORT_FILES,
      { jobId, files: inputs },
      // the request body is base64 in JSON: scale its progress back to the file bytes it carries
      (loaded, bodyTotal) => onStage({ stage: 'upload', sent: sentBefore + Math.round((raw * loaded) / Math.max(bodyTotal, 1)), total }),
      signal,
    );
    jobId = jobOf(answer, 'uploadImportFiles').id;
    sentBefore += raw;
    onStage({ stage: 'upload', sent: sentBefore, total });
  }
  let job = jobOf(await request(RUN_IMPORT_JOB, { jobId: jobId!, dryRun: options.dryRun, reason: options.reason }, signal), 'runImportJob');
  while (job.state === 'RUNNING') {
    onStage({ stage: 'server', phase: job.phase, kind: job.kind, done: job.done, total: job.total });
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    const polled = (await request(IMPORT_JOB, { id: job.id }, signal)).importJob;
    if (!polled) throw new ImportJobLost(job.id);
    job = polled;
  }
  return job;
}
