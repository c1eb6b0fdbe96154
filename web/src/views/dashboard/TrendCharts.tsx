/** E-I index and density over time: two line charts, each with its figures as a table. */
import type { Grouping } from '../../api/metrics.ts';
import type { NetworkFilter } from '../../api/network.ts';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { DefinitionDetails, useMetricLabel } from './definitions.tsx';
import { useFigures } from './format.ts';
import { LineChart } from './LineChart.tsx';
import { useSeries } from './series.ts';

export function TrendCharts({ filter, asOf, by, enabled }: { filter: NetworkFilter; asOf: string; by: Grouping; enabled: boolean }) {
  const { t, date } = useI18n();
  const figures = useFigures();
  const label = useMetricLabel();
  const series = useSeries(filter, asOf, by, enabled);
  const ready = series.done && series.dates.length > 0;
  const points = (metric: 'eiIndex' | 'density') => series.dates.map((d) => ({ date: d, value: series.points.get(d)?.[metric] ?? null }));
  const ei = label('eiIndex', by);
  const density = label('density');

  return (
    <section className="section" aria-labelledby="trends-title">
      <h2 id="trends-title">{t('dashboard.trends.title')}</h2>
      {series.dates.length > 1 && (
        <p className="muted small">{t('dashboard.trends.note', { from: date(series.dates[0]!), to: date(series.dates[series.dates.length - 1]!), count: series.dates.length })}</p>
      )}
      {series.error && <ErrorNotice message={series.error.message} onRetry={series.reload} />}
      {!series.error && !ready && (
        <p role="status" data-testid="trends-loading">
          {series.dates.length ? t('dashboard.trends.loading', { done: series.points.size, total: series.dates.length }) : t('app.loading')}
        </p>
      )}
      {ready && (
        <div className="charts" data-testid="trend-charts">
          <div>
            <LineChart title={t('dashboard.trends.chart', { metric: ei })} yLabel={ei} points={points('eiIndex')} domain={[-1, 1]} format={(v) => figures.value('eiIndex', v)} testId="chart-ei" />
            <DefinitionDetails metric="eiIndex" label={ei} />
          </div>
          <div>
            <LineChart title={t('dashboard.trends.chart', { metric: density })} yLabel={density} points={points('density')} format={(v) => figures.value('density', v)} testId="chart-density" />
            <DefinitionDetails metric="density" label={density} />
          </div>
        </div>
      )}
    </section>
  );
}
