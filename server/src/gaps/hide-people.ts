/**
 * Gaps about people (many seats, no report-back, seats held only by CVC staff) name them, in their
 * entities and in both explanations. A reader who may not see a person's name (viewers, evaluators,
 * anonymous readers, reports) gets the same gap with the person as "a representative".
 */
import type { Gap, GapEntity } from './types.ts';

const STAND_IN = { en: 'a representative', cy: 'cynrychiolydd' } as const;
const HIDDEN_NAME = 'Person';
const NAME_CHAR = /[\p{L}\p{N}'’-]/u;

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** Replaces every occurrence of each name as a whole word; at a sentence start the stand-in is capitalised. */
function replaceNames(text: string, names: string[], standIn: string): string {
  let out = text;
  // longest first, so "Ann Jones-Evans" is not half-replaced by "Ann Jones"
  for (const name of [...names].sort((a, b) => b.length - a.length)) {
    if (!name) continue;
    let from = 0;
    for (let at = out.indexOf(name, from); at >= 0; at = out.indexOf(name, from)) {
      if (NAME_CHAR.test(out.charAt(at - 1)) || NAME_CHAR.test(out.charAt(at + name.length))) {
        from = at + 1; // part of a longer name ("Ann Jones" in "Ann Jones-Evans")
        continue;
      }
      const sentenceStart = at === 0 || /[.!?]\s*$/.test(out.slice(0, at));
      const word = sentenceStart ? capitalise(standIn) : standIn;
      out = out.slice(0, at) + word + out.slice(at + name.length);
      from = at + word.length;
    }
  }
  return out;
}

/** The keys of the people the gaps name. */
export function peopleInGaps(gaps: readonly Gap[]): string[] {
  const keys = new Set<string>();
  for (const g of gaps) for (const e of g.entities) if (e.label === 'Person') keys.add(e.key);
  return [...keys];
}

/** The gaps with every person `visible` refuses shown as "a representative"; other gaps as they are. */
export function hidePeople(gaps: readonly Gap[], visible: (personKey: string) => boolean): Gap[] {
  return gaps.map((gap) => {
    const hidden = gap.entities.filter((e) => e.label === 'Person' && !visible(e.key));
    if (!hidden.length) return gap;
    const names = hidden.map((e) => e.name);
    const hiddenKeys = new Set(hidden.map((e) => e.key));
    const entities: GapEntity[] = gap.entities.map((e) => (e.label === 'Person' && hiddenKeys.has(e.key) ? { ...e, name: HIDDEN_NAME, nameHidden: true } : e));
    return {
      ...gap,
      entities,
      explanation: { en: replaceNames(gap.explanation.en, names, STAND_IN.en), cy: replaceNames(gap.explanation.cy, names, STAND_IN.cy) },
    };
  });
}
