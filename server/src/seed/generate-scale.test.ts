import { describe, expect, it } from 'vitest';
import { generateScaleNetwork } from './generate-scale.ts';
import { findIntegrityProblems } from './validate.ts';

describe('generateScaleNetwork', () => {
  const ds = generateScaleNetwork(5000);

  it('has the reference bodies plus N organisations and about 5 ties each', () => {
    const generated = ds.organisations.filter((o) => /^org-.+-\d+$/.test(o.id) && !o.id.endsWith('-council'));
    expect(generated.length).toBe(5000);
    expect(ds.ties.length).toBeGreaterThan(5000 * 4.5);
    expect(ds.ties.length).toBeLessThan(5000 * 5.5);
    expect(ds.people.length).toBeGreaterThan(1000);
    expect(ds.bodies.filter((b) => b.type === 'psb')).toHaveLength(22);
    expect(ds.seats.length).toBeGreaterThan(22 * 8 * 3);
  });

  it('keeps most ties inside a local authority', () => {
    const areaOf = new Map(ds.organisations.map((o) => [o.id, o.areaIds[0]]));
    const local = ds.ties.filter((t) => areaOf.get(t.sourceId) === areaOf.get(t.targetId)).length;
    expect(local / ds.ties.length).toBeGreaterThan(0.8);
  });

  it('is referentially sound and deterministic', () => {
    expect(findIntegrityProblems(ds)).toEqual([]);
    const again = generateScaleNetwork(5000);
    expect(again.ties.slice(0, 50)).toEqual(ds.ties.slice(0, 50));
    expect(again.organisations.map((o) => o.name)).toEqual(ds.organisations.map((o) => o.name));
  });
});
