import { describe, expect, it } from 'vitest';
import { brokerage } from './brokerage.ts';
import { buildCompactGraph, groupsBy, type Network } from './graph.ts';

/** Path x - b - y with the given groups; returns b's counts. */
function broker(gx: string, gb: string, gy: string, closed = false) {
  const network: Network = {
    nodes: [
      { id: 'x', attributes: { sector: gx } },
      { id: 'b', attributes: { sector: gb } },
      { id: 'y', attributes: { sector: gy } },
    ],
    edges: [
      { source: 'x', target: 'b' },
      { source: 'b', target: 'y' },
      ...(closed ? [{ source: 'x', target: 'y' }] : []),
    ],
  };
  const g = buildCompactGraph(network);
  const r = brokerage(g, groupsBy(g, 'sector').group);
  const b = g.index.get('b')!;
  return {
    coordinator: r.coordinator[b],
    itinerant: r.itinerant[b],
    representative: r.representative[b],
    gatekeeper: r.gatekeeper[b],
    liaison: r.liaison[b],
  };
}

const zero = { coordinator: 0, itinerant: 0, representative: 0, gatekeeper: 0, liaison: 0 };

describe('Gould & Fernandez brokerage (sna raw counts on the symmetric digraph)', () => {
  it('coordinator: all three in one group, counted in both directions', () => {
    expect(broker('A', 'A', 'A')).toEqual({ ...zero, coordinator: 2 });
  });
  it('itinerant: ends in one group, broker outside', () => {
    expect(broker('A', 'B', 'A')).toEqual({ ...zero, itinerant: 2 });
  });
  it('representative: broker with the source; the reverse path makes it gatekeeper', () => {
    expect(broker('A', 'A', 'B')).toEqual({ ...zero, representative: 1, gatekeeper: 1 });
  });
  it('gatekeeper: broker with the destination; the reverse path makes it representative', () => {
    expect(broker('B', 'A', 'A')).toEqual({ ...zero, representative: 1, gatekeeper: 1 });
  });
  it('liaison: all three in different groups', () => {
    expect(broker('A', 'B', 'C')).toEqual({ ...zero, liaison: 2 });
  });
  it('a closed triad brokers nothing', () => {
    expect(broker('A', 'B', 'C', true)).toEqual(zero);
  });
  it('ends of a path broker nothing', () => {
    const g = buildCompactGraph({
      nodes: ['x', 'b', 'y'].map((id) => ({ id, attributes: { sector: 'A' } })),
      edges: [{ source: 'x', target: 'b' }, { source: 'b', target: 'y' }],
    });
    const r = brokerage(g, groupsBy(g, 'sector').group);
    expect(r.coordinator[g.index.get('x')!]).toBe(0);
    expect(r.coordinator[g.index.get('y')!]).toBe(0);
  });
});
