/**
 * Sentences a coordinator can read, in English and Welsh, from a suggestion's signals and introducer:
 * "Both work on F7 in Swansea; no health organisation in Swansea has a tie to a heritage and museums
 * organisation; Swansea Music Hub works with both." Welsh phrasing avoids place-name mutation by
 * saying "yn ardal X" and quotes sector names rather than inflecting them.
 */
import type { Bilingual } from '../gaps/types.ts';
import type { BrokerGraph } from './graph.ts';
import type { IntroducerPath } from './types.ts';
import type { RawSignal } from './signals.ts';

const an = (word: string) => (/^[aeiou]/i.test(word) ? `an ${word}` : `a ${word}`);

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

export function explainSuggestion(
  g: BrokerGraph,
  focal: string | null,
  cand: string,
  signals: RawSignal[],
  path: IntroducerPath | null,
): Bilingual {
  const en: string[] = [];
  const cy: string[] = [];
  const get = (name: string) => signals.find((s) => s.name === name);
  const themes = (get('sharedThemes')?.evidence?.shared as string[] | undefined) ?? [];
  const same = (get('sharedArea')?.evidence?.same as string[] | undefined) ?? [];
  const c = g.org.get(cand)!;
  const f = focal ? g.org.get(focal) : undefined;

  if (focal && f) {
    if (themes.length || same.length) {
      const t = themes.map((x) => g.theme(x, 'en')).join(', ');
      const tcy = themes.map((x) => g.theme(x, 'cy')).join(', ');
      const a = same.map((x) => g.area(x, 'en')).join(', ');
      const acy = same.map((x) => g.area(x, 'cy')).join(', ');
      en.push(themes.length ? `both work on ${t}${a ? ` in ${a}` : ''}` : `both work in ${a}`);
      cy.push(themes.length ? `mae'r ddau'n gweithio ar ${tcy}${acy ? ` yn ardal ${acy}` : ''}` : `mae'r ddau'n gweithio yn ardal ${acy}`);
    }
    const comp = get('complementarity');
    const areaGap = comp?.evidence?.areaGap as string | null | undefined;
    if (comp && comp.value > 0 && f.sectorId && c.sectorId) {
      const fs = g.sector(f.sectorId, 'en').toLowerCase();
      const cs = g.sector(c.sectorId, 'en').toLowerCase();
      if (areaGap) {
        en.push(`no ${fs} organisation in ${g.area(areaGap, 'en')} has a tie to ${an(cs)} organisation`);
        cy.push(`nid oes gan unrhyw sefydliad o'r sector "${g.sector(f.sectorId, 'cy')}" yn ardal ${g.area(areaGap, 'cy')} gysylltiad â sefydliad o'r sector "${g.sector(c.sectorId, 'cy')}"`);
      } else if (comp.evidence?.focalTied === false) {
        en.push(`${f.name} has no ${cs} partner yet`);
        cy.push(`nid oes gan ${f.name} bartner o'r sector "${g.sector(c.sectorId, 'cy')}" eto`);
      } else {
        en.push(`${c.name} brings a different sector (${cs})`);
        cy.push(`mae ${c.name} yn dod â sector gwahanol ("${g.sector(c.sectorId, 'cy')}")`);
      }
    }
    const bridge = get('bridgingGain');
    if (bridge?.evidence?.across) {
      en.push('the tie would join two groups of the network that barely work together');
      cy.push("byddai'r cysylltiad yn uno dau grŵp yn y rhwydwaith sydd prin yn cydweithio");
    }
    const aa = get('adamicAdar');
    const bodies = (aa?.evidence?.bodies as string[] | undefined) ?? [];
    if (bodies.length) {
      const names = bodies.slice(0, 2).map((b) => g.bodyName.get(b) ?? b).join(', ');
      en.push(`both sit on ${names}`);
      cy.push(`mae'r ddau'n eistedd ar ${names}`);
    }
  } else {
    for (const s of signals) {
      if (s.value <= 0) continue;
      if (s.name === 'themeFit' || s.name === 'areaFit' || s.name === 'sectorFit') en.push(s.detail);
    }
    const sig = (n: string) => get(n)?.value ?? 0;
    if (sig('themeFit') > 0) cy.push('yn gweithio ar y thema');
    if (sig('areaFit') >= 1) cy.push("yn gweithio yn yr ardal");
    if (sig('sectorFit') > 0) cy.push('yn y sector a ofynnwyd amdano');
  }

  if (path && path.steps.length >= 3) {
    const middle = path.steps.slice(1, -1);
    const names = middle.map((s) => s.name);
    if (middle.length === 1 && middle[0]!.label === 'Body') {
      // already said "both sit on" when it was a signal; say it as the route in otherwise
      if (!en.some((s) => s.includes(middle[0]!.name))) {
        en.push(`both sit on ${names[0]}`);
        cy.push(`mae'r ddau'n eistedd ar ${names[0]}`);
      }
    } else if (middle.length === 1) {
      en.push(`${names[0]} works with both`);
      cy.push(`mae ${names[0]} yn gweithio gyda'r ddau`);
    } else {
      en.push(`${names.join(' and then ')} can introduce them`);
      cy.push(`gall ${names.join(' ac yna ')} eu cyflwyno`);
    }
  } else if (path && path.steps.length === 2 && !focal) {
    en.push(`${path.steps[0]!.name} works with them and can introduce them`);
    cy.push(`mae ${path.steps[0]!.name} yn gweithio gyda nhw a gall eu cyflwyno`);
  }

  const declined = get('declinedIntroduction');
  if (declined && declined.value > 0) {
    const when = declined.evidence?.when as string;
    en.push(`but an introduction was declined on ${when}`);
    cy.push(`ond gwrthodwyd cyflwyniad ar ${when}`);
  }
  if (en.length === 0) {
    en.push(`${c.name} is within reach of the network`);
    cy.push(`mae ${c.name} o fewn cyrraedd y rhwydwaith`);
  }
  return { en: `${capitalise(en.join('; '))}.`, cy: `${capitalise(cy.join('; '))}.` };
}
