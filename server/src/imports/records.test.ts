import { describe, expect, it } from 'vitest';
import { kindFromName } from './columns.ts';
import { derivedTieId, parseTables, type ReferenceData } from './records.ts';
import { readCsvTable, type ImportProblem } from './tables.ts';

const REF: ReferenceData = {
  sectors: [{ id: 'sector-health', name: 'Health', nameCy: 'Iechyd' }],
  areas: [{ id: 'area-swansea', name: 'Swansea', nameCy: 'Abertawe', level: 'local_authority', parentId: null }],
  themes: [{ id: 'theme-f7', code: 'F7', name: 'Mental well-being', nameCy: 'Lles', kind: 'fusion_indicator' }],
};

function check(name: string, text: string) {
  const problems: ImportProblem[] = [];
  const table = readCsvTable(name, kindFromName(name)!, text, problems);
  const result = parseTables(table ? [table] : [], REF, problems);
  return { problems, ...result };
}

describe('import row checks', () => {
  it('reads the kind from file and sheet names', () => {
    expect(kindFromName('data/organisations.csv')).toBe('organisations');
    expect(kindFromName('swansea-orgs.csv')).toBe('organisations');
    expect(kindFromName('nodes.csv')).toBe('organisations');
    expect(kindFromName('edges.csv')).toBe('ties');
    expect(kindFromName('Ties')).toBe('ties');
    expect(kindFromName('notes.csv')).toBeNull();
  });

  it('resolves sectors, areas and themes by key or English/Welsh name, case-insensitive', () => {
    const { problems, rows } = check('organisations.csv', 'id,name,sector,area,themes\no1,One,IECHYD,abertawe,f7;Mental well-being\n');
    expect(problems).toEqual([]);
    expect(rows.organisations[0]!.values).toMatchObject({ sectorId: 'sector-health', areaIds: ['area-swansea'], themeIds: ['theme-f7'] });
  });

  it('names file, row and column of every problem', () => {
    const { problems } = check('ties.csv', 'source,target,trust,since,until,kind\na,b,0,2020-01-01,2019-01-01,gossip\nc,c,,,,\n');
    expect(problems).toEqual([
      { file: 'ties.csv', row: 2, column: 'kind', message: "'gossip' is not one of information_sharing, joint_delivery, referral, funding, co_location" },
      { file: 'ties.csv', row: 2, column: 'trust', message: "trust '0' must be a whole number from 1 to 4" },
      { file: 'ties.csv', row: 2, column: 'until', message: 'until 2019-01-01 is before since 2020-01-01' },
      { file: 'ties.csv', row: 3, column: 'target', message: "self-tie: 'c' tied to itself" },
    ]);
  });

  it('gives a tie without an id a deterministic id, the same either way round', () => {
    expect(derivedTieId('a', 'b', 'referral', '2020-01-01')).toBe(derivedTieId('b', 'a', 'referral', '2020-01-01'));
    expect(derivedTieId('a', 'b', 'referral', '2020-01-01')).not.toBe(derivedTieId('a', 'b', 'referral', null));
    const { problems } = check('ties.csv', 'source,target\na,b\nb,a\n');
    expect(problems).toEqual([{ file: 'ties.csv', row: 3, column: 'target', message: 'duplicate tie (same source, target, kind and since as ties.csv row 2)' }]);
  });

  it('keeps extra organisation columns as attributes and only the columns a file has', () => {
    const { rows } = check('organisations.csv', 'id,name,sector,area,funder\no1,One,sector-health,area-swansea,Lottery\n');
    expect(rows.organisations[0]!.extras).toEqual(new Map([['funder', 'Lottery']]));
    expect(rows.organisations[0]!.values).not.toHaveProperty('kind');
  });

  it('normalises choices and lists, and reports every bad date', () => {
    const { problems, rows } = check(
      'organisations.csv',
      'id,name,sector,area,kind,themes,since,until\n' +
        'o1,One,Health,Swansea; swansea;area-swansea ,Local-Authority,F7;theme-f7,2020-01-01,2020-01-01\n' +
        'o2,Two,sector-health,area-swansea,cvc,,2020-02-30,2019-01-01\n' +
        'o3,Three,sector-health,area-swansea,tso,,2020-02-30,2020-13-01\n',
    );
    expect(rows.organisations.map((r) => r.values)).toEqual([
      { name: 'One', sectorId: 'sector-health', areaIds: ['area-swansea'], kind: 'local_authority', themeIds: ['theme-f7'], since: '2020-01-01', until: '2020-01-01' },
    ]);
    expect(problems).toEqual([
      { file: 'organisations.csv', row: 3, column: 'since', message: "'2020-02-30' is not a date as YYYY-MM-DD" },
      { file: 'organisations.csv', row: 4, column: 'since', message: "'2020-02-30' is not a date as YYYY-MM-DD" },
      { file: 'organisations.csv', row: 4, column: 'until', message: "'2020-13-01' is not a date as YYYY-MM-DD" },
    ]);
  });

  it('finds a duplicate id in another file of the same kind', () => {
    const problems: ImportProblem[] = [];
    const tables = [
      readCsvTable('a.csv', 'people', 'id,name,role,organisation\np1,Ann,Chair,o1\n', problems)!,
      readCsvTable('b.csv', 'people', 'id,name,role,organisation\np2,Bob,Chair,o1\np1,Ann,Chair,o1\n', problems)!,
    ];
    const { references, declared } = parseTables(tables, REF, problems);
    expect(problems).toEqual([{ file: 'b.csv', row: 3, column: 'id', message: "duplicate id 'p1' (first on a.csv row 2)" }]);
    expect(references.map((r) => [r.file, r.row, r.id])).toEqual([['a.csv', 2, 'o1'], ['b.csv', 2, 'o1'], ['b.csv', 3, 'o1']]);
    expect([...declared.people]).toEqual(['p1', 'p2']);
  });
});
