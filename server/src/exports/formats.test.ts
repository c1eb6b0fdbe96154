import Graph from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { describe, expect, it } from 'vitest';
import type { ExportData } from './collect.ts';
import { anonymisePeople } from './collect.ts';
import { csvCell, edgesCsv, gexf, graphml, nodesCsv, xmlEscape } from './formats.ts';

const metrics = { degree: 1, betweenness: 0, closeness: 1, eigenvector: 0.7, constraint: 1, community: 0 };
const DATA: ExportData = {
  asOf: '2025-01-01',
  filter: {},
  anonymised: false,
  generatedAt: '2025-01-02T00:00:00.000Z',
  nodes: [
    { id: 'a', name: 'A & B "Trust"', nameCy: null, kind: 'tso', sectorId: 's', areaIds: ['x'], themeIds: [], size: null, charityNumber: null, website: null, since: null, until: null, attributes: { funder: 'Lottery, UK' }, metrics },
    { id: 'b', name: 'Bee', nameCy: 'Gwenyn', kind: 'museum', sectorId: 's', areaIds: ['x', 'y'], themeIds: ['t1', 't2'], size: 'small', charityNumber: null, website: null, since: '2020-01-01', until: null, attributes: {}, metrics },
  ],
  edges: [{ id: 'e1', source: 'a', target: 'b', kind: 'referral', origin: 'survey', trust: 3, value: null, since: '2021-01-01', until: null }],
  people: [{ id: 'p1', name: 'Ceri', email: 'c@x', role: 'Officer', organisationId: 'a', since: null, until: null, seats: [] }],
};

describe('export formats', () => {
  it('quotes CSV cells that need it and joins lists with ;', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell(['x', 'y'])).toBe('x;y');
    expect(csvCell(null)).toBe('');
    expect(nodesCsv(DATA).split('\n')[0]).toBe('id,name,sector,area,nameCy,kind,size,charityNumber,website,themes,since,until,funder');
    expect(edgesCsv(DATA)).toBe('id,source,target,type,origin,trust,value,since,until\ne1,a,b,referral,survey,3,,2021-01-01,\n');
  });

  it('escapes XML and round-trips GEXF through graphology-gexf', () => {
    expect(xmlEscape(`<a href="x">&'`)).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&apos;');
    const graph = parseGexf(Graph as unknown as Parameters<typeof parseGexf>[0], gexf(DATA));
    expect(graph.getNodeAttributes('a')).toMatchObject({ label: 'A & B "Trust"', sector: 's', kind: 'tso', degree: 1, contacts: 'Ceri (Officer)' });
    expect(graph.getEdgeAttributes('e1')).toMatchObject({ kind: 'referral', trust: 3, since: '2021-01-01' });
    expect(graphml(DATA)).toContain('<data key="n_name">A &amp; B &quot;Trust&quot;</data>');
  });

  it('anonymises people to numbered roles', () => {
    expect(anonymisePeople(DATA.people)).toEqual([{ id: 'person-1', role: 'Officer', organisationId: 'a', since: null, until: null, seats: [] }]);
  });
});
