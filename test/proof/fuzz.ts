/**
 * pnpm test:fuzz: property-based (fast-check) inputs for EVERY mutation, generated from the schema
 * (strings, numbers, dates, enums, lists, nulls, metacharacters, huge and unicode values), sent as
 * admin over HTTP; and random CSV/XLSX files (their content) through the importer.
 * Properties: never a 5xx or an unexpected (masked) error, the server stays up, and a mutation that
 * answers with an error result changes nothing (node and relationship counts, Change count).
 *
 *   pnpm test:fuzz [--runs 3000] [--seconds 240]
 */
import fc from 'fast-check';
import { parseArgs } from 'node:util';
import { COLUMN_SPECS, IMPORT_KINDS } from '../../server/src/imports/columns.ts';
import { schema } from '../../server/src/schema/index.ts';
import { loadDataset } from '../../server/src/services/dataset-loader.ts';
import { documentFor, type GraphQLField, type GraphQLInputType, isEnumType, isInputObjectType, isListType, isNonNullType, isScalarType } from '../support/schema-walk.ts';
import { smallNetwork } from '../support/small-network.ts';
import { gql, machineLine, startStack, writeResults } from './common.ts';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '3000' }, seconds: { type: 'string', default: '240' } } });
const RUNS = Number(values.runs);
const DEADLINE = Date.now() + Number(values.seconds) * 1000;

const KEYS = ['org-c3sc', 'org-museum-cardiff', 'org-gavo', 'area-cardiff', 'area-newport', 'sector-third', 'sector-health', 'theme-f7', 'person-a', 'person-b', 'body-cardiff-psb', 'seat-1', 'tie-1', 'tie-4'];
const nasty = fc.constantFrom('', ' ', '"}) DETACH DELETE n //', "'; MATCH (n) DETACH DELETE n", '*:*', '\\', '\u0000', '💥'.repeat(50), 'x'.repeat(5000), '2024-02-30', '-1', 'NaN');
const str = fc.oneof(fc.constantFrom(...KEYS), fc.string({ maxLength: 40 }), fc.string({ unit: 'grapheme', maxLength: 20 }), nasty);

function arb(type: GraphQLInputType, depth = 0): fc.Arbitrary<unknown> {
  if (isNonNullType(type)) return arb(type.ofType, depth);
  const orNull = (a: fc.Arbitrary<unknown>) => fc.oneof({ weight: 8, arbitrary: a }, { weight: 1, arbitrary: fc.constant(null) });
  if (isListType(type)) return orNull(fc.array(arb(type.ofType, depth + 1), { maxLength: depth > 1 ? 1 : 4 }));
  if (isEnumType(type)) return orNull(fc.constantFrom(...type.getValues().map((v: { value: unknown }) => v.value)));
  if (isScalarType(type)) {
    switch (type.name) {
      case 'Int': return orNull(fc.oneof(fc.integer({ min: -5, max: 10 }), fc.integer()));
      case 'Float': return orNull(fc.double({ noNaN: true, noDefaultInfinity: true }));
      case 'Boolean': return orNull(fc.boolean());
      case 'Date': return orNull(fc.date({ min: new Date('1900-01-01'), max: new Date('2100-01-01'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)));
      case 'DateTime': return orNull(fc.date({ min: new Date('1900-01-01'), max: new Date('2100-01-01'), noInvalidDate: true }).map((d) => d.toISOString()));
      default: return orNull(str);
    }
  }
  if (isInputObjectType(type)) {
    const fields = Object.values(type.getFields());
    const shape: Record<string, fc.Arbitrary<unknown>> = {};
    for (const f of fields) shape[f.name] = isNonNullType(f.type) ? arb(f.type, depth + 1) : fc.option(arb(f.type, depth + 1), { nil: undefined });
    return fc.record(shape).map((o) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)));
  }
  return fc.constant(null);
}

const stack = await startStack();
let exitCode = 0;
try {
  await loadDataset(stack.db, smallNetwork(), { actor: 'proof:fuzz' });
  const counts = async () => {
    const [row] = await stack.db.read<{ n: number; r: number; c: number }>('backup/counts');
    const labels = (row as unknown as { labels: string[] }).labels;
    const types = (row as unknown as { types: string[] }).types;
    // nodes other than Change records / relationships / Change records
    return `${labels.filter((l) => l !== 'Change').length}/${types.length}/${labels.filter((l) => l === 'Change').length}`;
  };
  const mutations = Object.values(schema.getMutationType()!.getFields()) as GraphQLField<unknown, unknown>[];
  let cases = 0;
  let rejected = 0;
  let accepted = 0;
  const failures: string[] = [];
  const perMutation = Math.max(20, Math.ceil(RUNS / mutations.length));
  for (const field of mutations) {
    if (Date.now() > DEADLINE) break;
    const argsArb = fc.record(Object.fromEntries(field.args.map((a: any) => [a.name, isNonNullType(a.type) ? arb(a.type) : fc.option(arb(a.type), { nil: undefined })])));
    await fc.assert(
      fc.asyncProperty(argsArb, async (raw) => {
        const args = Object.fromEntries(Object.entries(raw).filter(([, v]) => v !== undefined));
        const query = documentFor('mutation', field, args).replace(' { __typename }', ' { __typename ... on Error { message } }');
        const before = await counts();
        const out = await gql(stack, query, args);
        cases++;
        const unexpected = out.status >= 500 || out.status === 0 || (out.body?.errors ?? []).some((e) => e.message === 'Unexpected error.');
        const payload = out.body?.data?.[field.name] as { __typename?: string } | undefined;
        const isError = !payload?.__typename?.endsWith('Success') || (out.body?.errors?.length ?? 0) > 0;
        if (isError) {
          rejected++;
          const after = await counts();
          if (after !== before) failures.push(`${field.name}: rejected (${payload?.__typename ?? out.status}) but the graph changed ${before} -> ${after}: ${JSON.stringify(args).slice(0, 300)}`);
        } else accepted++;
        if (unexpected) failures.push(`${field.name}: HTTP ${out.status} ${JSON.stringify(out.body?.errors)?.slice(0, 200)} for ${JSON.stringify(args).slice(0, 300)}`);
        return true;
      }),
      { numRuns: perMutation, seed: 20250101, endOnFailure: true },
    );
  }
  // Variables that do not match the schema at all: 4xx, never 5xx.
  const health = await fetch(`${stack.url}/healthz`);

  // The importer, through its file content: random CSV files of every kind (documented headers,
  // shuffled, partial or bogus; cells from real keys, random and hostile text), some XLSX-named
  // files of random bytes, half as dry runs. A file set the importer accepts is imported again and
  // must change nothing (upsert by id); a rejected one must leave the graph as it was.
  const csvFailures: string[] = [];
  let csvCases = 0;
  let csvAccepted = 0;
  const cell = fc.oneof(
    { weight: 4, arbitrary: str },
    { weight: 2, arbitrary: fc.integer({ min: 0, max: 99 }).map((n) => `fz-${n}`) },
    { weight: 1, arbitrary: fc.date({ min: new Date('1990-01-01'), max: new Date('2030-01-01'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)) },
    { weight: 1, arbitrary: fc.constantFrom('"a,b"', '"quoted ""twice"""', '=cmd|x', '\r\n', ';;', 'sector-third', 'area-cardiff;area-newport', 'F7', 'tso', 'psb', 'funding', '3') },
  );
  const csvFile = fc.constantFrom(...IMPORT_KINDS).chain((kind) => {
    const columns = COLUMN_SPECS[kind].map((c) => c.name);
    const header = fc.oneof(
      fc.constant(columns),
      fc.shuffledSubarray(columns, { minLength: 1 }),
      fc.array(fc.oneof(fc.constantFrom(...columns), str), { maxLength: 8 }),
    );
    return header.chain((h) =>
      fc.tuple(fc.constant(kind), fc.constant(h), fc.array(fc.array(cell, { minLength: h.length, maxLength: h.length + 1 }), { maxLength: 12 })),
    );
  }).map(([kind, header, rows]) => ({
    name: `${kind}.csv`,
    content: [header, ...rows].map((r) => r.map((v) => (/[",\r\n]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v)).join(',')).join('\n'),
  }));
  // mostly well-formed files, so that accepted imports (and their re-import) are exercised too
  const text = fc.string({ minLength: 1, maxLength: 30 }).filter((x) => x.trim().length > 0);
  const orgKeyPool = ['org-c3sc', 'org-museum-cardiff', 'org-gavo', ...Array.from({ length: 20 }, (_, i) => `org-fz-${i}`)];
  const goodOrganisations = fc.uniqueArray(fc.tuple(fc.integer({ min: 0, max: 19 }), text, fc.constantFrom('sector-third', 'sector-health', 'Health'), fc.constantFrom('area-cardiff', 'area-newport;area-cardiff')), { minLength: 1, maxLength: 8, selector: (r) => r[0] })
    .map((rows) => ({ name: 'organisations.csv', content: ['id,name,sector,area', ...rows.map(([n, name, sector, area]) => `org-fz-${n},"${name.replaceAll('"', '""')}",${sector},${area}`)].join('\n') }));
  const goodTies = fc.array(fc.tuple(fc.constantFrom(...orgKeyPool), fc.constantFrom(...orgKeyPool), fc.constantFrom('funding', 'joint_delivery', 'information_sharing', 'bogus'), fc.integer({ min: 1, max: 5 })), { minLength: 1, maxLength: 8 })
    .map((rows) => ({ name: 'ties.csv', content: ['source,target,kind,trust', ...rows.map((r) => r.join(','))].join('\n') }));
  const xlsxFile = fc.uint8Array({ maxLength: 200 }).map((bytes) => ({ name: 'network.xlsx', content: Buffer.from(bytes).toString('base64') }));
  const fileSet = fc.tuple(fc.array(fc.oneof({ weight: 5, arbitrary: csvFile }, { weight: 2, arbitrary: goodOrganisations }, { weight: 2, arbitrary: goodTies }, { weight: 1, arbitrary: xlsxFile }), { minLength: 1, maxLength: 3 }), fc.boolean());
  const IMPORT = `mutation($files: [ImportFileInput!]!, $dryRun: Boolean) { importFiles(files: $files, dryRun: $dryRun) {
    __typename ... on Error { message } ... on MutationImportFilesSuccess { data { ok dryRun problemCount } } } }`;
  await fc.assert(
    fc.asyncProperty(fileSet, async ([files, dryRun]) => {
      if (Date.now() > DEADLINE + 120_000) return true;
      const before = await counts();
      const out = await gql(stack, IMPORT, { files, dryRun });
      csvCases++;
      const shown = JSON.stringify(files).slice(0, 300);
      if (out.status >= 500 || out.status === 0 || (out.body?.errors ?? []).some((e) => e.message === 'Unexpected error.')) {
        csvFailures.push(`importFiles: HTTP ${out.status} ${JSON.stringify(out.body?.errors)?.slice(0, 200)} for ${shown}`);
        return true;
      }
      const result = out.body?.data?.importFiles as { __typename: string; data?: { ok: boolean; dryRun: boolean } } | undefined;
      const applied = result?.__typename === 'MutationImportFilesSuccess' && result.data?.ok === true && !dryRun;
      const after = await counts();
      if (!applied && after !== before) csvFailures.push(`importFiles: not applied (${result?.__typename}, dryRun ${dryRun}) but the graph changed ${before} -> ${after}: ${shown}`);
      if (applied) {
        csvAccepted++;
        const nodesAndRels = (c: string) => c.split('/').slice(0, 2).join('/');
        const again = await gql(stack, IMPORT, { files, dryRun: false });
        const afterAgain = await counts();
        if ((again.body?.data?.importFiles as { data?: { ok: boolean } } | undefined)?.data?.ok !== true) csvFailures.push(`importFiles: accepted once, refused the same files again: ${shown}`);
        else if (nodesAndRels(afterAgain) !== nodesAndRels(after)) csvFailures.push(`importFiles: importing the same files twice changed the graph ${after} -> ${afterAgain}: ${shown}`);
      }
      return true;
    }),
    { numRuns: Math.max(300, Math.ceil(RUNS / 4)), seed: 20250102 },
  );
  failures.push(...csvFailures);
  const csvLine = `CSV/XLSX importer (\`importFiles\`, file content): ${csvCases} random file sets (${csvAccepted} accepted and re-imported, the rest refused or dry runs), ${csvFailures.length} failures.`;

  const md = [
    `Last run: ${machineLine()}. fast-check, fixed seed 20250101, as admin over HTTP on the small network.`,
    `${cases} generated cases across ${mutations.length} mutations (${accepted} accepted, ${rejected} answered with an error result);`,
    `**${failures.length} failures** (5xx, unexpected error, or a rejected input that changed the graph); server healthy afterwards: ${health.ok}.`,
    csvLine,
    ...(failures.length ? ['', 'First failures:', ...failures.slice(0, 10).map((f) => `- \`${f.replaceAll('`', "'")}\``)] : []),
  ].join('\n');
  console.log(md);
  writeResults('fuzz', md);
  if (failures.length || !health.ok) exitCode = 1;
} finally {
  await stack.stop();
}
process.exit(exitCode);
