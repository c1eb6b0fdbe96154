import { describe, expect, it } from 'vitest';
import { Prng, mulberry32 } from './prng.ts';
import { emailLocalPart, inventPersonName } from './invented-names.ts';
import { addDays, isIsoDate } from './dates.ts';

describe('prng', () => {
  it('is deterministic per seed and differs between seeds', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const c = mulberry32(43);
    const seqA = Array.from({ length: 5 }, () => a());
    expect(Array.from({ length: 5 }, () => b())).toEqual(seqA);
    expect(Array.from({ length: 5 }, () => c())).not.toEqual(seqA);
    for (const x of seqA) expect(x >= 0 && x < 1).toBe(true);
  });

  it('int stays within bounds and sample gives distinct items', () => {
    const prng = new Prng(1);
    for (let i = 0; i < 1000; i++) {
      const v = prng.int(3, 7);
      expect(v >= 3 && v <= 7 && Number.isInteger(v)).toBe(true);
    }
    const sample = prng.sample([1, 2, 3, 4, 5, 6], 4);
    expect(new Set(sample).size).toBe(4);
  });
});

describe('invented names and dates', () => {
  it('makes ASCII email local parts', () => {
    expect(emailLocalPart('Siân ap Rhys')).toBe('sian.aprhys');
    expect(emailLocalPart(inventPersonName(new Prng(3)))).toMatch(/^[a-z]+\.[a-z]+$/);
  });

  it('does date arithmetic on whole UTC days', () => {
    expect(addDays('2016-03-31', 1)).toBe('2016-04-01');
    expect(isIsoDate('2024-02-30')).toBe(false);
    expect(isIsoDate('2024-02-29')).toBe(true);
  });
});
