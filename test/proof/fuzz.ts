/**
 * pnpm test:fuzz: property-based (fast-check) inputs for EVERY mutation, generated from the schema
 * (strings, numbers, dates, enums, lists, nulls, metacharacters, huge and unicode values), sent as
 * admin over HTTP; and, when server/src/imports exists, random CSV files through the importer.
 * Properties: never a 5xx or an unexpected (masked) error, the server stays up, and a mutation that
 * answers with an error result changes nothing (node and relationship counts, Change count).
 *
 *   pnpm test:fuzz [--runs 3000] [--seconds 240]
 */
import fc from 'fast-check';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { REPO_ROOT } from '../../server/src/db/config.ts';
import { schema } from '../../server/src/schema/index.ts';
import { loadDataset } from '../../server/src/services/dataset-loader.ts';
import { documentFor, type GraphQLField, type GraphQLInputType, getNamedType, isEnumType, isInputObjectType, isListType, isNonNullType, isScalarType } from '../support/schema-walk.ts';
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
    return `${labels.length}/${types.length}/${labels.filter((l) => l === 'Change').length}`;
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

  let csvLine = 'CSV importer: `server/src/imports/` not present when this ran.';
  if (existsSync(join(REPO_ROOT, 'server', 'src', 'imports'))) {
    const importField = mutations.find((m) => /import/i.test(m.name) && m.args.some((a: any) => getNamedType(a.type).name === 'String'));
    if (importField) {
      let csvCases = 0;
      const csvFailures: string[] = [];
      const cell = fc.oneof(str, fc.integer().map(String), fc.constant('"a,b"'), fc.constant('=cmd|x'), fc.constant('\r\n'));
      const csv = fc.tuple(fc.constantFrom('key,name,kind,sectorKey,areaKeys', 'key,name,kind', 'name', ''), fc.array(fc.array(cell, { maxLength: 6 }), { maxLength: 20 }))
        .map(([h, rows]) => [h, ...rows.map((r) => r.join(','))].join('\n'));
      const stringArg = importField.args.find((a: any) => getNamedType(a.type).name === 'String')!;
      await fc.assert(
        fc.asyncProperty(csv, async (text) => {
          const args: Record<string, unknown> = {};
          for (const a of importField.args) if (isNonNullType(a.type)) args[a.name] = a === stringArg ? text : await fc.sample(arb(a.type), 1)[0];
          args[stringArg.name] = text;
          const before = await counts();
          const out = await gql(stack, documentFor('mutation', importField, args).replace(' { __typename }', ' { __typename ... on Error { message } }'), args);
          csvCases++;
          if (out.status >= 500 || (out.body?.errors ?? []).some((e) => e.message === 'Unexpected error.')) csvFailures.push(`HTTP ${out.status} ${JSON.stringify(out.body?.errors)?.slice(0, 200)}`);
          const payload = out.body?.data?.[importField.name] as { __typename?: string } | undefined;
          if (!payload?.__typename?.endsWith('Success') && (await counts()) !== before) csvFailures.push(`rejected import changed the graph: ${text.slice(0, 200)}`);
          return true;
        }),
        { numRuns: 500, seed: 20250102 },
      );
      failures.push(...csvFailures);
      csvLine = `CSV importer (\`${importField.name}\`, argument \`${stringArg.name}\`): ${csvCases} random CSV files, ${csvFailures.length} failures.`;
    } else csvLine = 'CSV importer: no import mutation taking CSV text in the schema; the CLI importer was not fuzzed here.';
  }

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
