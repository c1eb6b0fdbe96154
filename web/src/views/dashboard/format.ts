/** How figures are written: counts as whole numbers, measures to 3 decimals (density, being small, to 4). */
import { useMemo } from 'react';
import { useI18n } from '../../i18n/i18n.tsx';

const COUNTS = new Set(['organisations', 'ties', 'components', 'degree', 'community', 'brokerage', 'communities', 'articulationPoints', 'bridges', 'appeared', 'ended', 'joined', 'left']);

export function decimalsFor(metric: string): number {
  if (COUNTS.has(metric)) return 0;
  return metric === 'density' ? 4 : 3;
}

export interface Figures {
  /** a figure as text; null (not defined for this network) as the words for it */
  value: (metric: string, v: number | null) => string;
  /** a change with its sign: +0.012, −3 */
  change: (metric: string, v: number | null) => string;
}

export function useFigures(): Figures {
  const { lang, t } = useI18n();
  return useMemo(() => {
    const locale = lang === 'cy' ? 'cy-GB' : 'en-GB';
    const plain = new Map<number, Intl.NumberFormat>();
    const signed = new Map<number, Intl.NumberFormat>();
    const formatter = (cache: Map<number, Intl.NumberFormat>, d: number, sign: boolean) => {
      let f = cache.get(d);
      if (!f) {
        f = new Intl.NumberFormat(locale, { minimumFractionDigits: d, maximumFractionDigits: d, ...(sign ? { signDisplay: 'exceptZero' as const } : {}) });
        cache.set(d, f);
      }
      return f;
    };
    return {
      value: (metric, v) => (v === null || Number.isNaN(v) ? t('dashboard.none') : formatter(plain, decimalsFor(metric), false).format(v)),
      change: (metric, v) => (v === null || Number.isNaN(v) ? t('dashboard.none') : formatter(signed, decimalsFor(metric), true).format(v)),
    };
  }, [lang, t]);
}
