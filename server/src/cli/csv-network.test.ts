import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CsvNetworkError, formatProblem, loadNetworkCsv, parseNetworkCsv, readNetworkCsv } from './csv-network.ts';

const ORGS = 'id,name,sector,area,themes\na,Alpha,public,Cardiff,F1;WG2\nb,Beta,third,Cardiff,\nc,Gamma,third,Powys,F3\n';
const TIES = 'source,target,type,weight\na,b,partner,2\nb,c,,\n';

function check(orgs: string, ties: string) {
  const r = parseNetworkCsv({ name: 'orgs.csv', text: orgs }, { name: 'ties.csv', text: ties });
  return { ...r, messages: r.errors.map(formatProblem), warned: r.warnings.map(formatProblem) };
}

describe('reading organisations and ties CSV', () => {
  it('reads a good pair of files, with attributes and multi-valued themes', () => {
    const r = check(ORGS, TIES);
    expect(r.errors).toEqual([]);
    expect(r.network!.nodes[0]).toEqual({
      id: 'a',
      attributes: { name: 'Alpha', sector: 'public', area: 'Cardiff', themes: ['F1', 'WG2'] },
    });
    expect(r.network!.nodes[1]!.attributes['themes']).toEqual([]);
    expect(r.network!.edges).toEqual([
      { source: 'a', target: 'b', type: 'partner', weight: 2, since: null, until: null },
      { source: 'b', target: 'c', type: null, weight: null, since: null, until: null },
    ]);
    expect(r.attributes).toEqual(['name', 'sector', 'area', 'themes']);
  });

  it('missing file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cyswllt-csv-'));
    writeFileSync(join(dir, 'orgs.csv'), ORGS);
    const r = readNetworkCsv(join(dir, 'orgs.csv'), join(dir, 'nope.csv'));
    expect(r.network).toBeNull();
    expect(r.errors.map(formatProblem)).toEqual([`${join(dir, 'nope.csv')}: file not found`]);
    expect(() => loadNetworkCsv(join(dir, 'orgs.csv'), join(dir, 'nope.csv'))).toThrow(CsvNetworkError);
  });

  it('missing columns, in either file', () => {
    const r = check('id,name,area\na,A,X\n', 'source,kind\na,x\n');
    expect(r.messages).toEqual([
      "orgs.csv:1: missing column 'sector'",
      "ties.csv:1: missing column 'target'",
    ]);
  });

  it('unknown id in a tie (source and target)', () => {
    const r = check(ORGS, 'source,target\na,b\nz,a\nb,y\n');
    expect(r.messages).toEqual(["ties.csv:3: unknown organisation 'z' in source", "ties.csv:4: unknown organisation 'y' in target"]);
  });

  it('self-loop', () => {
    expect(check(ORGS, 'source,target\na,b\nc,c\n').messages).toEqual(["ties.csv:3: self-loop: 'c' tied to itself"]);
  });

  it('duplicate organisation id', () => {
    const r = check(`${ORGS}a,Again,public,Powys,\n`, TIES);
    expect(r.messages).toEqual(["orgs.csv:5: duplicate id 'a' (first on row 2)"]);
  });

  it('empty id, empty tie end', () => {
    const r = check(`${ORGS},Nameless,public,Powys,\n`, 'source,target\na,\n');
    expect(r.messages).toEqual(['orgs.csv:5: empty id', 'ties.csv:2: empty target']);
  });

  it('reports every problem, not just the first, with spreadsheet row numbers', () => {
    const r = check(
      'id,name,sector,area\na,A,public,X\n\n,B,public,X\na,C,public,X\nd,D,public\n',
      'source,target,weight\na,q,\n\na,a,1\na,d,heavy\n',
    );
    expect(r.messages).toEqual([
      'orgs.csv:4: empty id',
      "orgs.csv:5: duplicate id 'a' (first on row 2)",
      'orgs.csv:6: expected 4 fields, found 3',
      "ties.csv:2: unknown organisation 'q' in target",
      "ties.csv:4: self-loop: 'a' tied to itself",
      "ties.csv:5: unknown organisation 'd' in target",
      "ties.csv:5: weight 'heavy' is not a number",
    ]);
  });

  it('a repeated pair, either direction, is one tie (with a warning)', () => {
    const r = check(ORGS, 'source,target\na,b\nb,a\na,b\n');
    expect(r.errors).toEqual([]);
    expect(r.network!.edges).toHaveLength(1);
    expect(r.warned).toEqual([
      "ties.csv:3: duplicate tie 'b'-'a' (first on row 2); counted once",
      "ties.csv:4: duplicate tie 'a'-'b' (first on row 2); counted once",
    ]);
  });

  it('CSV syntax error', () => {
    const r = check(ORGS, 'source,target\n"a,b\n');
    expect(r.messages).toHaveLength(1);
    expect(r.messages[0]).toMatch(/^ties\.csv:\d+: CSV syntax error/);
  });
});
