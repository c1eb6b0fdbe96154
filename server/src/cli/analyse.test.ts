import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../../..');
const KARATE = join(ROOT, 'test/fixtures/networkx/karate');

function run(args: string[]) {
  return spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'server/src/cli/analyse-main.ts'), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 60_000,
  });
}

describe('analyse command', () => {
  it('--json on the karate club matches networkx', () => {
    const r = run(['--organisations', join(KARATE, 'orgs.csv'), '--ties', join(KARATE, 'ties.csv'), '--by', 'club', '--json']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout);
    const expected = JSON.parse(readFileSync(join(KARATE, 'expected.json'), 'utf8'));
    expect(out.organisations).toBe(34);
    expect(out.ties).toBe(78);
    expect(out.articulationPoints).toEqual(['0']);
    expect(out.bridges).toEqual([['0', '11']]);
    expect(out.assortativity).toBeCloseTo(expected.assortativity, 12);
    expect(out.nodes['0'].betweenness).toBeCloseTo(expected.nodes['0'].betweenness, 12);
    expect(out.nodes['33'].closeness).toBeCloseTo(expected.nodes['33'].closeness, 12);
    expect(out.nodes['0'].brokerage).toEqual(expected.nodes['0'].brokerage);
    expect(out.modularity).toBeGreaterThanOrEqual(0.38);
  }, 60_000);

  it('prints a table without --json', () => {
    const r = run(['--organisations', join(KARATE, 'orgs.csv'), '--ties', join(KARATE, 'ties.csv'), '--top', '3']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Whole network');
    expect(r.stdout).toMatch(/organisations\s+34/);
    expect(r.stdout).toContain('Top 3 organisations by betweenness');
  }, 60_000);

  it('bad files: non-zero exit and every problem as file:row: reason', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cyswllt-analyse-'));
    const orgs = join(dir, 'orgs.csv');
    const ties = join(dir, 'ties.csv');
    writeFileSync(orgs, 'id,name,sector,area\na,A,public,X\na,B,third,Y\n');
    writeFileSync(ties, 'source,target\na,z\na,a\n');
    const r = run(['--organisations', orgs, '--ties', ties]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`${orgs}:3: duplicate id 'a' (first on row 2)`);
    expect(r.stderr).toContain(`${ties}:2: unknown organisation 'z' in target`);
    expect(r.stderr).toContain(`${ties}:3: self-loop: 'a' tied to itself`);
  }, 60_000);

  it('usage errors exit 2', () => {
    expect(run(['--ties', 'x.csv']).status).toBe(2);
    const r = run(['--organisations', join(KARATE, 'orgs.csv'), '--ties', join(KARATE, 'ties.csv'), '--by', 'colour']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("--by 'colour' is not a column");
  }, 60_000);
});
