/**
 * Composition gaps (variety was "the most critical" success factor, Fusion 2nd-year §2.11): a
 * partnership missing a sector it should have; a sector pair with no tie in a local authority; a
 * local authority x theme with no partner. Pure: works on a GapInput.
 */
import type { GapRulesConfig } from './rules.ts';
import { Lookup, makeGap } from './lookup.ts';
import type { Gap, GapInput } from './types.ts';

const an = (word: string) => (/^[aeiou]/i.test(word) ? `an ${word}` : `a ${word}`);

export function compositionGaps(input: GapInput, c: GapRulesConfig, lookup = new Lookup(input)): Gap[] {
  const gaps: Gap[] = [];

  // --- partnership missing an expected sector
  for (const body of input.bodies) {
    if (!c.partnershipBodyTypes.includes(body.type)) continue;
    const expected = body.expectedSectorIds.length > 0 ? body.expectedSectorIds : c.defaultExpectedSectors[body.type] ?? [];
    if (expected.length === 0 || body.memberIds.length === 0) continue;
    const present = new Set(body.memberIds.map((id) => lookup.org.get(id)?.sectorId).filter((s): s is string => !!s));
    for (const sectorId of expected) {
      if (present.has(sectorId)) continue;
      const bodyEn = lookup.bodyName(body.id, 'en');
      const bodyCy = lookup.bodyName(body.id, 'cy');
      gaps.push(makeGap('partnership_missing_sector', c, {
        severity: 'high',
        entities: [lookup.bodyEntity(body.id), lookup.sectorEntity(sectorId, 'missing_sector')],
        explanation: {
          en: `${bodyEn} has no ${lookup.sectorName(sectorId, 'en').toLowerCase()} partner, a sector it is expected to bring in (${body.memberIds.length} current members).`,
          cy: `Nid oes gan ${bodyCy} bartner o'r sector "${lookup.sectorName(sectorId, 'cy')}", sector y disgwylir iddo ei gynnwys (${body.memberIds.length} aelod presennol).`,
        },
      }));
    }
  }

  // --- per local authority: sector pairs with no tie, themes with no partner
  const themeIds = c.themeIdsToCover.length > 0
    ? c.themeIdsToCover
    : input.themes.filter((t) => (t.kind ? c.themeKindsToCover.includes(t.kind) : true)).map((t) => t.id);
  for (const la of input.localAuthorities) {
    const inLa = new Set(input.organisations.filter((o) => o.areaIds.includes(la.id)).map((o) => o.id));
    if (inLa.size === 0) continue;
    const laEn = lookup.areaName(la.id, 'en');
    const laCy = lookup.areaName(la.id, 'cy');
    const sectorOf = (id: string) => lookup.org.get(id)?.sectorId ?? null;
    const bySector = new Map<string, string[]>();
    for (const id of inLa) {
      const s = sectorOf(id);
      if (!s) continue;
      let list = bySector.get(s);
      if (!list) bySector.set(s, (list = []));
      list.push(id);
    }
    const joined = new Set<string>();
    const pairKey = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);
    for (const t of input.ties) {
      if (!inLa.has(t.source) || !inLa.has(t.target)) continue;
      const a = sectorOf(t.source);
      const b = sectorOf(t.target);
      if (a && b && a !== b) joined.add(pairKey(a, b));
    }
    const laCollabs = input.collaborations.filter((col) => col.areaIds.includes(la.id) || col.partnerIds.some((p) => inLa.has(p)));
    for (const col of laCollabs) {
      const sectors = [...new Set(col.partnerIds.filter((p) => inLa.has(p)).map(sectorOf).filter((s): s is string => !!s))];
      for (let i = 0; i < sectors.length; i++) for (let j = i + 1; j < sectors.length; j++) joined.add(pairKey(sectors[i]!, sectors[j]!));
    }
    for (const [a, b] of c.sectorPairs) {
      const orgsA = bySector.get(a);
      const orgsB = bySector.get(b);
      if (!orgsA || !orgsB || joined.has(pairKey(a, b))) continue;
      gaps.push(makeGap('sector_pair_without_tie', c, {
        severity: 'medium',
        idKeys: [la.id, a, b],
        entities: [
          lookup.areaEntity(la.id),
          lookup.sectorEntity(a, 'sector_a'),
          lookup.sectorEntity(b, 'sector_b'),
          ...orgsA.map((id) => lookup.orgEntity(id, 'sector_a')),
          ...orgsB.map((id) => lookup.orgEntity(id, 'sector_b')),
        ],
        explanation: {
          en: `In ${laEn} no ${lookup.sectorName(a, 'en').toLowerCase()} organisation has a tie or a shared collaboration with ${an(lookup.sectorName(b, 'en').toLowerCase())} organisation, though there are ${orgsA.length} and ${orgsB.length} of them.`,
          cy: `Yn ardal ${laCy} nid oes gan unrhyw sefydliad o'r sector "${lookup.sectorName(a, 'cy')}" gysylltiad na chydweithrediad â sefydliad o'r sector "${lookup.sectorName(b, 'cy')}", er bod ${orgsA.length} a ${orgsB.length} ohonynt.`,
        },
      }));
    }

    const covered = new Set<string>();
    for (const id of inLa) for (const t of lookup.org.get(id)?.themeIds ?? []) covered.add(t);
    for (const col of laCollabs) if (col.areaIds.includes(la.id)) for (const t of col.themeIds) covered.add(t);
    for (const themeId of themeIds) {
      if (covered.has(themeId)) continue;
      gaps.push(makeGap('area_theme_without_partner', c, {
        severity: 'medium',
        idKeys: [la.id, themeId],
        entities: [lookup.areaEntity(la.id), lookup.themeEntity(themeId)],
        explanation: {
          en: `No organisation in ${laEn} works on ${lookup.themeName(themeId, 'en')}, and no collaboration there addresses it.`,
          cy: `Nid oes unrhyw sefydliad yn ardal ${laCy} yn gweithio ar ${lookup.themeName(themeId, 'cy')}, ac nid oes cydweithrediad yno sy'n mynd i'r afael ag ef.`,
        },
      }));
    }
  }
  return gaps;
}
