/**
 * pnpm test:faults: Neo4j is killed (SIGKILL) during a write load and restarted on the same store.
 * Meanwhile the server must stay up and answer DATABASE_UNAVAILABLE (never hang, never 5xx without
 * that code), reconnect by itself, and afterwards every acknowledged write must be present (by id)
 * and none half-applied (each acknowledged tie has its Change; no tie exists without one).
 *
 *   pnpm test:faults [--seconds 20] [--clients 8]
 */
import { parseArgs } from 'node:util';
import { startThrowawayNeo4j } from '../../server/src/db/local-neo4j.ts';
import { loadDataset } from '../../server/src/services/dataset-loader.ts';
import { smallNetwork } from '../support/small-network.ts';
import { gql, machineLine, startStack, writeResults } from './common.ts';

const { values } = parseArgs({ options: { seconds: { type: 'string', default: '20' }, clients: { type: 'string', default: '8' } } });
const SECONDS = Number(values.seconds);
const CLIENTS = Number(values.clients);

const stack = await startStack();
let exitCode = 0;
try {
  await loadDataset(stack.db, smallNetwork(), { actor: 'proof:faults' });
  const orgs = ['org-c3sc', 'org-museum-cardiff', 'org-cav-uhb', 'org-cardiff-housing', 'org-gavo', 'org-newport-museum'];
  const acknowledged = new Set<string>();
  const outcomes = { ok: 0, unavailable: 0, other: 0, hung: 0 };
  const others: string[] = [];
  let stop = false;
  let n = 0;
  const writer = async (c: number) => {
    while (!stop) {
      const key = `tie-fault-${c}-${n++}`;
      const a = orgs[n % orgs.length]!;
      // An offset of 1..length-1, so the two ends always differ (an offset of 0 would spin forever).
      const b = orgs[(n + 1 + (c % (orgs.length - 1))) % orgs.length]!;
      if (a === b) continue;
      const out = await gql(stack, `mutation($i: TieInput!) { recordTie(input: $i) { __typename ... on Error { message } } }`,
        { i: { key, sourceKey: a, targetKey: b, kind: 'information_sharing', since: '2024-01-01', until: '2024-06-01' } }, 20_000);
      const typename = out.body?.data?.recordTie?.__typename as string | undefined;
      const code = out.body?.errors?.[0]?.extensions?.code;
      if (typename === 'MutationRecordTieSuccess') {
        acknowledged.add(key);
        outcomes.ok++;
      } else if (typename === 'DatabaseUnavailableError' || code === 'DATABASE_UNAVAILABLE') {
        outcomes.unavailable++;
        await new Promise((r) => setTimeout(r, 200));
      } else if (out.status === 0) {
        outcomes.hung++;
        others.push(`no answer in 20 s: ${JSON.stringify(out.body).slice(0, 160)}`);
      } else {
        outcomes.other++;
        others.push(`HTTP ${out.status} ${JSON.stringify(out.body).slice(0, 200)}`);
      }
    }
  };
  const writers = Array.from({ length: CLIENTS }, (_, c) => writer(c));
  await new Promise((r) => setTimeout(r, (SECONDS * 1000) / 4));
  console.log('SIGKILL Neo4j...');
  const killedAt = Date.now();
  const exited = new Promise((r) => stack.neo4j.child.once('exit', r));
  stack.neo4j.child.kill('SIGKILL');
  await exited;
  await new Promise((r) => setTimeout(r, 3000));
  const health = await fetch(`${stack.url}/healthz`);
  const during = await gql(stack, '{ organisation(key: "org-c3sc") { name } }', {}, 20_000);
  console.log('Restarting Neo4j on the same store...');
  stack.neo4j.child = await startThrowawayNeo4j({ home: stack.neo4j.home, boltPort: stack.neo4j.boltPort, heapMiB: stack.neo4j.heapMiB, pageCacheMiB: stack.neo4j.pageCacheMiB, password: stack.neo4j.password });
  const restartedAt = Date.now();
  // the server reconnects by itself: first successful read after restart
  let recoveredAt = 0;
  while (!recoveredAt && Date.now() - restartedAt < 60_000) {
    const probe = await gql(stack, '{ organisation(key: "org-c3sc") { name } }', {}, 10_000);
    if (probe.body?.data?.organisation?.name) recoveredAt = Date.now();
    else await new Promise((r) => setTimeout(r, 250));
  }
  await new Promise((r) => setTimeout(r, (SECONDS * 1000) / 3));
  stop = true;
  await Promise.all(writers);

  // Every acknowledged write is there, with its Change; no tie without its Change (none half-applied).
  const session = stack.db.driver.session();
  let missing: string[] = [];
  let halfApplied = 0;
  try {
    const rows = await session.run(
      `MATCH ()-[t:TIE]->() WHERE t.id STARTS WITH 'tie-fault-'
       OPTIONAL MATCH (c:Change {entityId: t.id, action: 'create'})
       RETURN t.id AS key, count(c) AS changes`);
    const stored = new Map(rows.records.map((r) => [r.get('key') as string, (r.get('changes') as { toNumber(): number }).toNumber()]));
    missing = [...acknowledged].filter((k) => !stored.has(k));
    halfApplied = [...stored.values()].filter((c) => c !== 1).length;
    const orphanChanges = await session.run(`MATCH (c:Change) WHERE c.entityId STARTS WITH 'tie-fault-' AND NOT EXISTS { MATCH ()-[t:TIE {id: c.entityId}]->() } RETURN count(c) AS n`);
    halfApplied += (orphanChanges.records[0]!.get('n') as { toNumber(): number }).toNumber();
  } finally {
    await session.close();
  }
  const duringCode = during.body?.errors?.[0]?.extensions?.code;
  const pass = health.ok && duringCode === 'DATABASE_UNAVAILABLE' && recoveredAt > 0 && missing.length === 0 && halfApplied === 0 && outcomes.other === 0 && outcomes.hung === 0;
  const md = [
    `Last run: ${machineLine()}. ${CLIENTS} writers recording ties for about ${SECONDS} s; Neo4j SIGKILLed after ${(SECONDS / 4).toFixed(0)} s, restarted on the same store.`,
    '',
    `- server stayed up during the outage: ${health.ok ? 'yes' : 'NO'} (/healthz ${health.status}); a read meanwhile answered \`${duringCode ?? JSON.stringify(during.body).slice(0, 80)}\` in ${Math.round(during.ms)} ms`,
    `- writes: ${outcomes.ok} acknowledged, ${outcomes.unavailable} answered "database unavailable", ${outcomes.other} other errors, ${outcomes.hung} without an answer`,
    `- reconnected by itself ${recoveredAt ? `${((recoveredAt - restartedAt) / 1000).toFixed(1)} s after Neo4j was back (outage ${((restartedAt - killedAt) / 1000).toFixed(0)} s incl. restart)` : 'NOT within 60 s'}`,
    `- acknowledged writes missing afterwards: **${missing.length}** of ${acknowledged.size}; half-applied (tie without its Change or the reverse): **${halfApplied}**`,
    `- result: **${pass ? 'PASS' : 'FAIL'}**`,
    ...(others.length ? ['', 'First other errors:', ...others.slice(0, 5).map((e) => `- \`${e}\``)] : []),
  ].join('\n');
  console.log(md);
  writeResults('faults', md);
  if (!pass) exitCode = 1;
} finally {
  await stack.stop();
}
process.exit(exitCode);
