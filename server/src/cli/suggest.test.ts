import { describe, expect, it } from 'vitest';
import { suggestPartners } from '../brokering/rank.ts';
import type { BrokerInput } from '../brokering/types.ts';
import { formatSuggestions } from './suggest.ts';

const org = (id: string, sectorId: string) => ({ id, name: id.toUpperCase(), sectorId, areaIds: ['area-x'], themeIds: [] });

describe('formatSuggestions', () => {
  it('writes the introducer path with what joins each step: kind and trust of the tie', () => {
    const input: BrokerInput = {
      asOf: '2026-11-01',
      organisations: [org('a', 'culture'), org('b', 'third'), org('c', 'health')],
      ties: [
        { id: 't1', source: 'a', target: 'b', kind: 'referral', trust: 3 },
        { id: 't2', source: 'b', target: 'c', kind: 'joint_delivery', trust: null },
      ],
      bodies: [],
      declined: [],
      sectors: [],
      themes: [],
      areas: [{ id: 'area-x', name: 'X' }],
    };
    const text = formatSuggestions(suggestPartners(input, 'a', { limit: 1 }));
    expect(text).toContain('via: A > (referral, trust 3) > B > (joint_delivery) > C');
  });
});
