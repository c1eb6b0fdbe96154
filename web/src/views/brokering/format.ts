/** Number formats shared by the brokering views. */
import type { Lang } from '../../i18n/i18n.tsx';

const locale = (lang: Lang) => (lang === 'cy' ? 'cy-GB' : 'en-GB');

/** A score or signal value (0..1, two decimals): 0.73 */
export function formatScore(value: number, lang: Lang): string {
  return new Intl.NumberFormat(locale(lang), { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(value);
}

/** A signed weight: +0.25, −2.00 */
export function formatWeight(value: number, lang: Lang): string {
  return new Intl.NumberFormat(locale(lang), { minimumFractionDigits: 2, maximumFractionDigits: 2, signDisplay: 'always' }).format(value);
}

/** A share (0..1) as a percentage: 42% */
export function formatShare(value: number, lang: Lang): string {
  return new Intl.NumberFormat(locale(lang), { style: 'percent', maximumFractionDigits: 0 }).format(value);
}

/** Days, to one decimal at most: 12.5 */
export function formatDays(value: number, lang: Lang): string {
  return new Intl.NumberFormat(locale(lang), { maximumFractionDigits: 1 }).format(value);
}
