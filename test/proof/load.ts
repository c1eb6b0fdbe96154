/**
 * pnpm test:load: 50 concurrent clients for 60 s against the 50k-organisation network, mixing reads
 * (an area's network, name search, organisation pages, suggestions when the schema has them) and
 * writes (record a tie). Error rate must be 0; p50/p95/p99 latency per kind go to docs/reliability.md.
 *
 *   pnpm test:load [--organisations 50000] [--clients 50] [--seconds 60]
 */
import { parseArgs } from 'node:util';
import { generateScaleNetwork } from '../../server/src/seed/generate-scale.ts';
import { seedDatabase } from '../../server/src/services/seeding.ts';
import { gql, latencySummary, machineLine, startServerProcess, startStack, writeResults, type ServerProcess } from './common.ts';

const { values } = parseArgs({ options: { organisations: { type: 'string', default: '50000' }, clients: { type: 'string', default: '50' }, seconds: { type: 'string', default: '60' } } });
const ORGS = Number(values.organisations);
const CLIENTS = Number(values.clients);
const SECONDS = Number(values.seconds);
const MAX_REQUESTS = 200_000;

const stack = await startStack({ heapMiB: 4096, pageCacheMiB: 2048 });
let exitCode = 0;
let server: ServerProcess | undefined;
try {
  console.log(`Seeding ${ORGS} organisations...`);
  const seedStart = Date.now();
  const dataset = generateScaleNetwork(ORGS);
  await seedDatabase(stack.db, dataset, { reset: false, actor: 'proof:load' });
  console.log(`Seeded in ${((Date.now() - seedStart) / 1000).toFixed(0)} s.`);
  // the server in its own process (as deployed), so the clients' work does not stall its event loop
  // LOAD_SERVER_NODE_ARGS='--cpu-prof --cpu-prof-dir=/tmp/prof' profiles the server under load
  server = await startServerProcess(stack, {}, process.env.LOAD_SERVER_NODE_ARGS?.split(' ').filter(Boolean) ?? []);
  const target = { url: server.url, token: stack.token };
  const orgKeys = dataset.organisations.map((o) => o.id);
  const areaKeys = dataset.areas.filter((a) => a.level === 'local_authority').map((a) => a.id);
  const words = [...new Set(dataset.organisations.slice(0, 2000).flatMap((o) => o.name.split(/\s+/)).filter((w) => w.length > 3))];
  const pick = <T,>(xs: T[]) => xs[Math.floor(Math.random() * xs.length)]!;

  const kinds: Record<string, () => [string, Record<string, unknown>]> = {
    network: () => [`query($a: String!) { network(filter: { areaId: $a }) { __typename } }`, { a: pick(areaKeys) }],
    search: () => [`query($t: String!) { searchOrganisations(text: $t, limit: 20) { score organisation { key name } } }`, { t: pick(words).slice(0, 5) }],
    organisation: () => [`query($k: String!) { organisation(key: $k) { key name kind sector { name } areas { name } tieCount ties { key kind } } }`, { k: pick(orgKeys) }],
    suggestions: () => [`query($k: String!) { suggestions(organisationKey: $k, limit: 5) { __typename } }`, { k: pick(orgKeys) }],
    recordTie: () => {
      const a = pick(orgKeys);
      let b = pick(orgKeys);
      while (b === a) b = pick(orgKeys);
      return [`mutation($i: TieInput!) { recordTie(input: $i) { __typename ... on MutationRecordTieSuccess { data { key } } ... on Error { message } } }`,
        { i: { sourceKey: a, targetKey: b, kind: 'information_sharing', origin: 'coordinator', since: '2024-01-01' } }];
    },
  };
  // Check each read shape once; drop the ones this schema does not answer (e.g. different args).
  const mix: [string, number][] = [['network', 15], ['search', 25], ['organisation', 35], ['suggestions', 5], ['recordTie', 20]];
  for (const [kind] of mix) {
    const [q, v] = kinds[kind]!();
    const probe = await gql(target, q, v, 120_000);
    if (probe.body?.errors?.length && probe.status === 400) {
      console.log(`  ${kind}: not answered by this schema (${probe.body.errors[0]!.message}); left out`);
      mix.find((m) => m[0] === kind)![1] = 0;
    }
  }
  const total = mix.reduce((s, [, w]) => s + w, 0);
  const chooseKind = () => {
    let r = Math.random() * total;
    for (const [k, w] of mix) if ((r -= w) < 0) return k;
    return 'organisation';
  };

  const latencies = new Map<string, number[]>();
  const errors: string[] = [];
  let requests = 0;
  const deadline = Date.now() + SECONDS * 1000;
  console.log(`Running ${CLIENTS} clients for ${SECONDS} s...`);
  await Promise.all(
    Array.from({ length: CLIENTS }, async () => {
      while (Date.now() < deadline && requests < MAX_REQUESTS) {
        requests++;
        const kind = chooseKind();
        const [q, v] = kinds[kind]!();
        const out = await gql(target, q, v);
        (latencies.get(kind) ?? latencies.set(kind, []).get(kind)!).push(out.ms);
        const conflict = kind === 'recordTie' && JSON.stringify(out.body).includes('ConflictError');
        if (out.status !== 200 || (out.body?.errors?.length ?? 0) > 0 || (!conflict && kind === 'recordTie' && !JSON.stringify(out.body).includes('Success'))) {
          errors.push(`${kind}: HTTP ${out.status} ${JSON.stringify(out.body).slice(0, 200)}`);
        }
      }
    }),
  );
  const all = [...latencies.values()].flat();
  const rows = [...latencies.entries()].map(([k, ms]) => ({ kind: k, ...latencySummary(ms) }));
  const overall = latencySummary(all);
  const errorRate = errors.length / Math.max(1, requests);
  const table = [
    '| kind | requests | p50 ms | p95 ms | p99 ms | max ms |',
    '| --- | ---: | ---: | ---: | ---: | ---: |',
    ...rows.map((r) => `| ${r.kind} | ${r.n} | ${r.p50} | ${r.p95} | ${r.p99} | ${r.max} |`),
    `| **all** | ${overall.n} | ${overall.p50} | ${overall.p95} | ${overall.p99} | ${overall.max} |`,
  ].join('\n');
  const md = [
    `Last run: ${machineLine()}. ${ORGS} organisations (${dataset.ties.length} ties), ${CLIENTS} clients, ${SECONDS} s,`,
    `${requests} requests (${(requests / SECONDS).toFixed(1)}/s), **${errors.length} errors (error rate ${(errorRate * 100).toFixed(3)}%)**;`,
    `server in its own process (NODE_ENV=production), peak resident memory ${server.peakRssMiB().toFixed(0)} MiB.`,
    '',
    table,
    ...(errors.length ? ['', 'First errors:', ...errors.slice(0, 5).map((e) => `- \`${e}\``)] : []),
  ].join('\n');
  console.log(md);
  writeResults('load', md);
  if (errors.length) exitCode = 1;
} finally {
  await server?.stop();
  await stack.stop();
}
process.exit(exitCode);
