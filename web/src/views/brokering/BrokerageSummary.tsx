/** `brokerageStats` for the board's area: each figure with what it means. */
import type { BrokerageStats } from '../../api/introductions.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { formatDays, formatShare } from './format.ts';

export function BrokerageSummary({ stats, areaName }: { stats: BrokerageStats; areaName: string }) {
  const { t, n, lang } = useI18n();
  const none = t('brokering.stats.none');
  const figures = [
    { id: 'made', label: t('brokering.stats.made'), value: n(stats.made), detail: null, meaning: t('brokering.stats.made.meaning') },
    {
      id: 'conversion',
      label: t('brokering.stats.conversion'),
      value: stats.conversionRate == null ? none : formatShare(stats.conversionRate, lang),
      detail: t('brokering.stats.conversion.detail', { converted: stats.converted, made: stats.made }),
      meaning: t('brokering.stats.conversion.meaning'),
    },
    {
      id: 'median',
      label: t('brokering.stats.median'),
      value: stats.medianDaysToConvert == null ? none : t('brokering.stats.days', { days: formatDays(stats.medianDaysToConvert, lang) }),
      detail: null,
      meaning: t('brokering.stats.median.meaning'),
    },
    {
      id: 'cross-sector',
      label: t('brokering.stats.crossSector'),
      value: stats.crossSectorShare == null ? none : formatShare(stats.crossSectorShare, lang),
      detail: t('brokering.stats.crossSector.detail', { crossSector: stats.crossSector, made: stats.made }),
      meaning: t('brokering.stats.crossSector.meaning'),
    },
  ];
  return (
    <section className="brokerage-summary" aria-labelledby="brokerage-summary-title" data-testid="brokerage-stats">
      <h2 id="brokerage-summary-title">{t('brokering.stats.title', { area: areaName })}</h2>
      <dl className="brokerage-figures">
        {figures.map((f) => (
          <div key={f.id} className="brokerage-figure" data-testid={`stat-${f.id}`}>
            <dt>{f.label}</dt>
            <dd>
              <span className="brokerage-value">{f.value}</span>
              {f.detail && <span className="brokerage-detail">{f.detail}</span>}
              <span className="brokerage-meaning">{f.meaning}</span>
            </dd>
          </div>
        ))}
      </dl>
      <p className="small muted">{t('brokering.stats.outcomes', { open: stats.open, declined: stats.declined, lapsed: stats.lapsed })}</p>
    </section>
  );
}
