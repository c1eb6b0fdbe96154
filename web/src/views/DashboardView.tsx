/**
 * Evaluator dashboard (#/dashboard?area=&sector=&kind=&asOf=&by=): the whole-network measures for the
 * filter, E-I index and density over time, two dates compared, the mixing matrix, per-organisation
 * measures, downloads, and the per-area counts. Every figure comes with its definition.
 */
import { useMemo } from 'react';
import { useAppData } from '../api/app-data.tsx';
import { missing } from '../api/capabilities.ts';
import { METRIC_DEFINITIONS_QUERY, NETWORK_METRICS_QUERY } from '../api/metrics.ts';
import { useQuery } from '../api/use-query.ts';
import { ErrorNotice } from '../components/ErrorNotice.tsx';
import { NotAvailable } from '../components/NotAvailable.tsx';
import type { ViewProps } from '../components/router.ts';
import { ViewHeader } from '../components/ViewHeader.tsx';
import { useI18n } from '../i18n/i18n.tsx';
import { AreaSummaries } from './dashboard/AreaSummaries.tsx';
import { DashboardFilters } from './dashboard/DashboardFilters.tsx';
import { DateComparison } from './dashboard/DateComparison.tsx';
import { DefinitionsContext } from './dashboard/definitions.tsx';
import { ExportButtons } from './dashboard/ExportButtons.tsx';
import { apiFilter, filterFromParams, filterToParams, todayIso } from './dashboard/filter.ts';
import { MixingHeatmap } from './dashboard/MixingHeatmap.tsx';
import { NetworkMeasures } from './dashboard/NetworkMeasures.tsx';
import { OrganisationTable } from './dashboard/OrganisationTable.tsx';
import { TrendCharts } from './dashboard/TrendCharts.tsx';

function Metrics({ route, navigate }: ViewProps) {
  const { t } = useI18n();
  const filter = filterFromParams(route.params);
  // one date for every request on the page, so the figures, charts and downloads agree
  const asOf = filter.asOf || todayIso();
  const networkFilter = useMemo(() => apiFilter(filter), [filter.area, filter.sector, filter.kind]);
  const metrics = useQuery(NETWORK_METRICS_QUERY, { filter: networkFilter, asOf, by: filter.by });
  const definitions = useQuery(METRIC_DEFINITIONS_QUERY, {});
  const byMetric = useMemo(() => new Map((definitions.data?.metricDefinitions ?? []).map((d) => [d.metric, d])), [definitions.data]);
  const data = metrics.data?.networkMetrics;
  const stale = metrics.loading && !!data;

  return (
    <DefinitionsContext.Provider value={byMetric}>
      <DashboardFilters value={filter} onChange={(next) => navigate('dashboard', filterToParams(next))} idPrefix="dashboard" today={todayIso()} showGrouping />
      <ExportButtons filter={networkFilter} asOf={asOf} />
      <p className="summary" role="status" aria-live="polite" data-testid="metrics-status">
        {metrics.loading ? t('dashboard.measures.loading') : data ? t('summary.counts', { nodes: data.organisations, edges: data.ties }) : ''}
      </p>
      {metrics.error && <ErrorNotice message={metrics.error.message} onRetry={metrics.reload} />}
      {definitions.error && <ErrorNotice message={definitions.error.message} onRetry={definitions.reload} />}
      {data && (
        <div className={stale ? 'dashboard-body is-stale' : 'dashboard-body'} aria-busy={stale || undefined} data-testid="dashboard-body" data-as-of={data.asOf}>
          <NetworkMeasures metrics={data} />
          <TrendCharts filter={networkFilter} asOf={asOf} by={filter.by} enabled={!metrics.loading} />
          <DateComparison key={asOf} filter={networkFilter} asOf={asOf} by={filter.by} />
          <MixingHeatmap matrix={data.mixingMatrix} by={data.by} />
          <OrganisationTable key={`${data.asOf}-${JSON.stringify(networkFilter)}`} nodes={data.nodes} />
        </div>
      )}
      <AreaSummaries asOf={asOf} />
    </DefinitionsContext.Provider>
  );
}

export function DashboardView(props: ViewProps) {
  const { t } = useI18n();
  const { capabilities } = useAppData();
  const lacking = capabilities ? missing(capabilities, { queries: ['networkMetrics', 'compareNetworks', 'metricDefinitions', 'exportNetwork', 'areaSummaries'] }) : [];
  return (
    <div className="view view-dashboard">
      <ViewHeader title={t('view.dashboard.title')} intro={t('view.dashboard.intro')} />
      {!capabilities && <p role="status">{t('app.loading')}</p>}
      {capabilities && (lacking.length ? <NotAvailable needs={lacking} /> : <Metrics {...props} />)}
    </div>
  );
}
