/**
 * Two languages, no library: every visible string is a key of en.json; cy.json must have the same
 * keys (checked by the compiler below). The choice is remembered in localStorage and sets <html lang>.
 */
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import cyCore from './cy.json';
import enCore from './en.json';
import brokeringCy from './areas/brokering.cy.json';
import brokeringEn from './areas/brokering.en.json';
import gapsCy from './areas/gaps.cy.json';
import gapsEn from './areas/gaps.en.json';
import representationCy from './areas/representation.cy.json';
import representationEn from './areas/representation.en.json';
import editingCy from './areas/editing.cy.json';
import editingEn from './areas/editing.en.json';
import dashboardCy from './areas/dashboard.cy.json';
import dashboardEn from './areas/dashboard.en.json';
import dataCy from './areas/data.cy.json';
import dataEn from './areas/data.en.json';

// One file pair per area of the app (areas/<area>.en.json + .cy.json) beside the core strings, so
// each area's strings live next to each other and keys never collide across files.
const enMessages = { ...enCore, ...brokeringEn, ...gapsEn, ...representationEn, ...editingEn, ...dashboardEn, ...dataEn };
const cyMessages = { ...cyCore, ...brokeringCy, ...gapsCy, ...representationCy, ...editingCy, ...dashboardCy, ...dataCy };

export type Lang = 'en' | 'cy';
export type MessageKey = keyof typeof enMessages;
export type Messages = Record<MessageKey, string>;

const MESSAGES: Record<Lang, Messages> = { en: enMessages, cy: cyMessages satisfies Messages };
const STORAGE_KEY = 'cyswllt.lang';
const WELSH_MONTHS = ['Ionawr', 'Chwefror', 'Mawrth', 'Ebrill', 'Mai', 'Mehefin', 'Gorffennaf', 'Awst', 'Medi', 'Hydref', 'Tachwedd', 'Rhagfyr'];

export type Vars = Record<string, string | number>;

export interface I18n {
  lang: Lang;
  setLang: (lang: Lang) => void;
  t: (key: MessageKey, vars?: Vars) => string;
  /** a number in the language's conventions: 2,104 */
  n: (value: number) => string;
  /** an ISO date (YYYY-MM-DD) as a long date: 3 March 2025 / 3 Mawrth 2025 */
  date: (iso: string) => string;
  /** picks the Welsh or English form of a name */
  name: (en: string, cy?: string | null) => string;
}

export function initialLang(): Lang {
  try {
    const stored = localStorage.getItem(STORAGE_KEY);
    if (stored === 'en' || stored === 'cy') return stored;
  } catch {
    // storage unavailable (private mode): fall through
  }
  return navigator.language.toLowerCase().startsWith('cy') ? 'cy' : 'en';
}

export function format(template: string, vars?: Vars, n?: (v: number) => string): string {
  if (!vars) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const v = vars[name];
    if (v === undefined) return whole;
    return typeof v === 'number' && n ? n(v) : String(v);
  });
}

const I18nContext = createContext<I18n | null>(null);

export function I18nProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState<Lang>(initialLang);

  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);

  const setLang = useCallback((next: Lang) => {
    setLangState(next);
    try {
      localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // not remembered, still switched
    }
  }, []);

  const value = useMemo<I18n>(() => {
    const locale = lang === 'cy' ? 'cy-GB' : 'en-GB';
    const numberFormat = new Intl.NumberFormat(locale);
    const dateFormat = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
    const n = (v: number) => numberFormat.format(v);
    const messages = MESSAGES[lang];
    return {
      lang,
      setLang,
      n,
      t: (key, vars) => format(messages[key] ?? enMessages[key], vars, n),
      date: (iso) => {
        const d = new Date(`${iso.slice(0, 10)}T00:00:00Z`);
        if (Number.isNaN(d.getTime())) return iso;
        // not every browser ships Welsh month names in its ICU data
        if (lang === 'cy') return `${d.getUTCDate()} ${WELSH_MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
        return dateFormat.format(d);
      },
      name: (en, cy) => (lang === 'cy' && cy ? cy : en),
    };
  }, [lang, setLang]);

  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n outside I18nProvider');
  return value;
}

export function isMessageKey(key: string): key is MessageKey {
  return key in enMessages;
}

/** A translated label for an enum-like value (kind, tie kind, origin), falling back to a readable form. */
export function useEnumLabel(): (prefix: 'kind' | 'tie' | 'origin', value: string) => string {
  const { t } = useI18n();
  return (prefix, value) => {
    const key = `${prefix}.${value}`;
    return key in enMessages ? t(key as MessageKey) : humanise(value);
  };
}

const SMALL_WORDS = new Set(['of', 'and', 'the', 'a', 'an', 'in', 'on', 'for']);

/** "area-vale-of-glamorgan" -> "Vale of Glamorgan": a readable fallback when the API has no name. */
export function humanise(id: string): string {
  return id
    .replace(/^(area|sector|theme|org|body)-/, '')
    .split(/[-_]+/)
    .filter(Boolean)
    .map((w, i) => (i > 0 && SMALL_WORDS.has(w) ? w : w.charAt(0).toUpperCase() + w.slice(1)))
    .join(' ');
}
