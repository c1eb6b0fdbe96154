/**
 * Import jobs over GraphQL (the web upload page's path): files sent in pieces are joined as one,
 * progress goes through the importer's phases, the result is the one `importFiles` gives, a job is
 * its owner's alone, and exactly the roles that may call importFiles may start one.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { trustedActor, type Role } from '../../server/src/auth/actor.ts';
import type { Database } from '../../server/src/db/database.ts';
import { importFiles } from '../../server/src/imports/service.ts';
import { referenceOnly } from '../fixtures/import/reference.ts';
import { testDatabase } from '../support/database.ts';
import { graphqlClient } from '../support/graphql.ts';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'import');
const text = (path: string) => readFileSync(join(FIXTURES, path), 'utf8');

const db: Database = testDatabase();
afterAll(async () => db.close());

const JOB_FIELDS = `id state dryRun files receivedBytes phase kind done total error
  result { ok dryRun rows problemCount problems { file row column message } counts { kind created updated unchanged } changeId }`;
const UPLOAD = `mutation($jobId: String, $files: [ImportFileInput!]!) {
  uploadImportFiles(jobId: $jobId, files: $files) { __typename ... on MutationUploadImportFilesSuccess { data { ${JOB_FIELDS} } } ... on Error { message } }
}`;
const RUN = `mutation($jobId: String!, $dryRun: Boolean) {
  runImportJob(jobId: $jobId, dryRun: $dryRun) { __typename ... on MutationRunImportJobSuccess { data { ${JOB_FIELDS} } } ... on Error { message } }
}`;
const POLL = `query($id: String!) { importJob(id: $id) { ${JOB_FIELDS} } }`;
const IMPORT_FILES = `mutation($files: [ImportFileInput!]!) { importFiles(files: $files, dryRun: true) { __typename } }`;

type Gql = ReturnType<typeof graphqlClient>;

async function counts(): Promise<Record<string, number>> {
  const [row] = await db.read<Record<string, number>>('stats/counts');
  return row!;
}

/** Polls as the page does, keeping every distinct phase seen, until the job has finished. */
async function finish(gql: Gql, id: string): Promise<{ job: any; phases: string[] }> {
  const phases: string[] = [];
  for (let i = 0; i < 2_000; i++) {
    const r = await gql(POLL, { id });
    expect(r.errors).toBeUndefined();
    const job = r.data!.importJob;
    if (job.phase && phases.at(-1) !== job.phase) phases.push(job.phase);
    if (job.state !== 'RUNNING') return { job, phases };
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error('import job did not finish');
}

/** Splits a text into `n` pieces at arbitrary points (here: inside rows). */
function pieces(content: string, n: number): string[] {
  const size = Math.ceil(content.length / n);
  return Array.from({ length: n }, (_, i) => content.slice(i * size, (i + 1) * size));
}

describe('import jobs', () => {
  beforeEach(async () => referenceOnly(db));

  it('joins pieces sent in several requests, reports its phases, and imports what importFiles would', async () => {
    const gql = graphqlClient(db);
    const organisations = text('clean/organisations.csv');
    const [first, ...rest] = pieces(organisations, 3);
    const started = await gql(UPLOAD, { files: [{ name: 'organisations.csv', content: first }] });
    expect(started.data!.uploadImportFiles.__typename).toBe('MutationUploadImportFilesSuccess');
    const id = started.data!.uploadImportFiles.data.id as string;
    for (const piece of rest) {
      // base64 pieces join byte for byte, whatever the split
      const r = await gql(UPLOAD, { jobId: id, files: [{ name: 'organisations.csv', content: Buffer.from(piece).toString('base64'), encoding: 'BASE64' }] });
      expect(r.data!.uploadImportFiles.data.state).toBe('UPLOADING');
    }
    const ties = await gql(UPLOAD, { jobId: id, files: [{ name: 'ties.csv', content: text('clean/ties.csv') }, { name: 'people.csv', content: text('clean/people.csv') }] });
    expect(ties.data!.uploadImportFiles.data).toMatchObject({
      files: ['organisations.csv', 'ties.csv', 'people.csv'],
      receivedBytes: Buffer.byteLength(organisations) + Buffer.byteLength(text('clean/ties.csv')) + Buffer.byteLength(text('clean/people.csv')),
    });

    const dry = await gql(RUN, { jobId: id, dryRun: true });
    expect(['RUNNING', 'DONE']).toContain(dry.data!.runImportJob.data.state);
    const { job: dryJob, phases } = await finish(gql, id);
    expect(dryJob.state).toBe('DONE');
    expect(phases.at(-1)).toBe('compare');
    // the same files through importFiles itself, on the same (still empty) data
    const clean = ['organisations', 'ties', 'people'].map((k) => ({ name: `${k}.csv`, content: text(`clean/${k}.csv`) }));
    const direct = await importFiles(db, clean, { actor: 'test', dryRun: true });
    expect(dryJob.result).toMatchObject({ ok: true, dryRun: true, changeId: null, rows: direct.rows, counts: direct.counts });
    expect((await counts()).organisations).toBe(0);

    // a finished job takes no more files and cannot run twice
    const late = await gql(UPLOAD, { jobId: id, files: [{ name: 'x.csv', content: 'id' }] });
    expect(late.data!.uploadImportFiles.__typename).toBe('ConflictError');
    expect((await gql(RUN, { jobId: id })).data!.runImportJob.__typename).toBe('ConflictError');

    const again = await gql(UPLOAD, { files: clean });
    const runId = again.data!.uploadImportFiles.data.id as string;
    await gql(RUN, { jobId: runId });
    const { job, phases: written } = await finish(gql, runId);
    expect(written).toContain('write');
    expect(job.result).toMatchObject({ ok: true, dryRun: false, counts: direct.counts });
    expect(job.result.changeId).toMatch(/\S/);
    expect((await counts()).organisations).toBe(direct.counts.find((c) => c.kind === 'organisations')!.created);
  });

  it('reports every problem and writes nothing when a row is bad', async () => {
    const gql = graphqlClient(db);
    const before = await counts();
    const started = await gql(UPLOAD, { files: [{ name: 'organisations.csv', content: text('bad-row/organisations.csv') }] });
    const id = started.data!.uploadImportFiles.data.id as string;
    await gql(RUN, { jobId: id });
    const { job } = await finish(gql, id);
    expect(job.state).toBe('DONE');
    expect(job.result.ok).toBe(false);
    expect(job.result.problems).toEqual([{ file: 'organisations.csv', row: 4, column: 'sector', message: "unknown sector 'sector-nonsense'" }]);
    expect(await counts()).toEqual(before);
  });

  it('shows a job to its owner only', async () => {
    const owner = graphqlClient(db);
    const started = await owner(UPLOAD, { files: [{ name: 'organisations.csv', content: text('clean/organisations.csv') }] });
    const id = started.data!.uploadImportFiles.data.id as string;
    expect((await owner(POLL, { id })).data!.importJob.id).toBe(id);
    const otherAdmin = graphqlClient(db, { as: trustedActor('admin', {}, 'user-other-admin') });
    expect((await otherAdmin(POLL, { id })).data!.importJob).toBeNull();
    expect((await graphqlClient(db, { as: 'anonymous' })(POLL, { id })).data!.importJob).toBeNull();
    const run = await otherAdmin(RUN, { jobId: id });
    expect(run.data!.runImportJob.__typename).toBe('NotFoundError');
  });

  it('may be started by exactly the roles that may call importFiles', async () => {
    const roles: (Role | 'anonymous')[] = ['admin', 'coordinator', 'cvc_staff', 'evaluator', 'viewer', 'anonymous'];
    for (const role of roles) {
      const gql = role === 'anonymous' ? graphqlClient(db, { as: 'anonymous' }) : graphqlClient(db, { as: role, areaScopes: ['area-cardiff'] });
      const files = [{ name: 'organisations.csv', content: text('clean/organisations.csv') }];
      const direct = (await gql(IMPORT_FILES, { files })).data!.importFiles.__typename;
      const upload = (await gql(UPLOAD, { files })).data!.uploadImportFiles.__typename;
      const run = (await gql(RUN, { jobId: 'import-job-none' })).data!.runImportJob.__typename;
      const allowed = direct !== 'ForbiddenError';
      expect(allowed, role).toBe(role === 'admin');
      expect(upload === 'ForbiddenError', `${role} upload`).toBe(!allowed);
      // past the policy, an unknown job is NotFound; before it, Forbidden
      expect(run, `${role} run`).toBe(allowed ? 'NotFoundError' : 'ForbiddenError');
    }
  });
});
