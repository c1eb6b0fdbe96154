import { describe, expect, it } from 'vitest';
import { hidePeople, peopleInGaps } from './hide-people.ts';
import type { Gap } from './types.ts';

const gap = (entities: Gap['entities'], en: string, cy: string): Gap =>
  ({ id: 'g', type: 'person_with_many_seats', family: 'representation', severity: 'high', entities, explanation: { en, cy }, rule: { id: 'r', threshold: 3, description: '' } }) as Gap;

const ann = { label: 'Person', key: 'p-ann', name: 'Ann Jones', role: 'holder' } as const;
const annLonger = { label: 'Person', key: 'p-ann2', name: 'Ann Jones-Evans', role: 'holder' } as const;
const seat = { label: 'Seat', key: 's1', name: 'Cardiff PSB', role: 'seat' } as const;

describe('hidePeople', () => {
  it('replaces a hidden person in the entities and both sentences, capitalised at a sentence start', () => {
    const [out] = hidePeople([gap([ann, seat], 'Ann Jones holds 4 seats. Ask Ann Jones.', 'Mae Ann Jones yn dal 4 sedd.')], () => false);
    expect(out!.entities).toEqual([{ ...ann, name: 'Person', nameHidden: true }, seat]);
    expect(out!.explanation).toEqual({ en: 'A representative holds 4 seats. Ask a representative.', cy: 'Mae cynrychiolydd yn dal 4 sedd.' });
  });

  it('replaces the longer of two overlapping names whole, and keeps visible people and other gaps as they are', () => {
    const both = gap([ann, annLonger], 'Held by Ann Jones-Evans and Ann Jones.', 'Gan Ann Jones-Evans ac Ann Jones.');
    const plain = gap([seat], 'No one.', 'Neb.');
    const out = hidePeople([both, plain], (k) => k === 'p-ann');
    expect(out[0]!.explanation.en).toBe('Held by a representative and Ann Jones.');
    expect(out[0]!.entities.map((e) => e.name)).toEqual(['Ann Jones', 'Person']);
    expect(out[1]).toBe(plain);
    expect(hidePeople([both], () => true)[0]).toBe(both);
    expect(hidePeople([both], (k) => k === 'p-ann2')[0]!.explanation.en).toBe('Held by Ann Jones-Evans and a representative.');
  });

  it('lists the people the gaps name, once each', () => {
    expect(peopleInGaps([gap([ann, seat], '', ''), gap([ann, annLonger], '', '')])).toEqual(['p-ann', 'p-ann2']);
  });
});
