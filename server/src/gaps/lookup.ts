/** Shared by the gap families: name look-ups, bilingual lists, dates, and the Gap constructor. */
import type { GapRulesConfig } from './rules.ts';
import { ruleFor } from './rules.ts';
import { FAMILY_OF, type Gap, type GapEntity, type GapInput, type GapSeverity, type GapType, type Named, type Bilingual } from './types.ts';

export class Lookup {
  readonly org = new Map<string, GapInput['organisations'][number]>();
  readonly sector = new Map<string, Named>();
  readonly theme = new Map<string, GapInput['themes'][number]>();
  readonly body = new Map<string, GapInput['bodies'][number]>();
  readonly area = new Map<string, Named>();

  constructor(readonly input: GapInput) {
    for (const o of input.organisations) this.org.set(o.id, o);
    for (const s of input.sectors) this.sector.set(s.id, s);
    for (const t of input.themes) this.theme.set(t.id, t);
    for (const b of input.bodies) this.body.set(b.id, b);
    this.area.set(input.area.id, input.area);
    for (const a of input.localAuthorities) this.area.set(a.id, a);
  }

  sectorName(id: string | null | undefined, lang: 'en' | 'cy' = 'en'): string {
    if (!id) return lang === 'en' ? 'unknown sector' : 'sector anhysbys';
    const s = this.sector.get(id);
    return (lang === 'cy' ? s?.nameCy ?? s?.name : s?.name) ?? id.replace(/^sector-/, '');
  }

  themeName(id: string, lang: 'en' | 'cy' = 'en'): string {
    const t = this.theme.get(id);
    const name = (lang === 'cy' ? t?.nameCy ?? t?.name : t?.name) ?? id;
    return t?.code ? `${t.code} (${name})` : name;
  }

  areaName(id: string, lang: 'en' | 'cy' = 'en'): string {
    const a = this.area.get(id);
    return (lang === 'cy' ? a?.nameCy ?? a?.name : a?.name) ?? id;
  }

  orgName(id: string): string {
    return this.org.get(id)?.name ?? id;
  }

  bodyName(id: string, lang: 'en' | 'cy' = 'en'): string {
    const b = this.body.get(id);
    return (lang === 'cy' ? b?.nameCy ?? b?.name : b?.name) ?? id;
  }

  orgEntity(id: string, role: string): GapEntity {
    return { label: 'Organisation', key: id, name: this.orgName(id), nameCy: this.org.get(id)?.nameCy ?? null, role };
  }
  bodyEntity(id: string, role = 'body'): GapEntity {
    return { label: 'Body', key: id, name: this.bodyName(id), nameCy: this.body.get(id)?.nameCy ?? null, role };
  }
  areaEntity(id: string, role = 'area'): GapEntity {
    return { label: 'Area', key: id, name: this.areaName(id), nameCy: this.area.get(id)?.nameCy ?? null, role };
  }
  sectorEntity(id: string, role: string): GapEntity {
    return { label: 'Sector', key: id, name: this.sectorName(id), nameCy: this.sector.get(id)?.nameCy ?? null, role };
  }
  themeEntity(id: string, role = 'theme'): GapEntity {
    return { label: 'Theme', key: id, name: this.themeName(id), nameCy: this.theme.get(id)?.nameCy ? this.themeName(id, 'cy') : null, role };
  }
}

export function makeGap(
  type: GapType,
  config: GapRulesConfig,
  parts: { severity: GapSeverity; entities: GapEntity[]; explanation: Bilingual; idKeys?: string[] } & Partial<Pick<Gap, 'bridgingOrganisations' | 'cutOffSize' | 'measure'>>,
): Gap {
  const { idKeys, ...rest } = parts;
  const keys = idKeys ?? parts.entities.map((e) => e.key);
  return {
    id: `${type}:${keys.join('+')}`,
    type,
    family: FAMILY_OF[type],
    rule: ruleFor(type, config),
    ...rest,
  };
}

/** "A, B and C" / "A, B ac C" (Welsh `ac` before a vowel, `a` otherwise). */
export function listWords(items: string[], lang: 'en' | 'cy', max = 5): string {
  const shown = items.slice(0, max);
  const more = items.length - shown.length;
  if (more > 0) shown.push(lang === 'en' ? `${more} more` : `${more} arall`);
  if (shown.length <= 1) return shown[0] ?? '';
  const last = shown[shown.length - 1]!;
  const and = lang === 'en' ? 'and' : /^[aeiouwyâêîôûŵŷ]/i.test(last) ? 'ac' : 'a';
  return `${shown.slice(0, -1).join(', ')} ${and} ${last}`;
}

/** ISO date `months` calendar months before `iso` (day clamped to the month's length). */
export function monthsBefore(iso: string, months: number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) - months;
  const year = Math.floor(total / 12);
  const month = total - year * 12;
  const last = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  const day = Math.min(d, last);
  return `${String(year).padStart(4, '0')}-${String(month + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Whole months from `from` to `to` (both ISO), rounded down. */
export function monthsBetween(from: string, to: string): number {
  const [y1, m1, d1] = from.split('-').map(Number) as [number, number, number];
  const [y2, m2, d2] = to.split('-').map(Number) as [number, number, number];
  return (y2 - y1) * 12 + (m2 - m1) - (d2 < d1 ? 1 : 0);
}
