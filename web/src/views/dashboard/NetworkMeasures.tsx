/** The whole-network figures for the current filter, each with its definition. */
import type { NetworkMetrics } from '../../api/metrics.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { DefinitionDetails, useMetricLabel } from './definitions.tsx';
import { useFigures } from './format.ts';

/** In reading order: size first, then cohesion, then mixing, then fragility. */
const MEASURES = [
  'organisations',
  'ties',
  'density',
  'components',
  'averageClustering',
  'eiIndex',
  'crossSectorTieRatio',
  'assortativity',
  'modularity',
  'communities',
  'articulationPoints',
  'bridges',
] as const;
type Measure = (typeof MEASURES)[number];

function valueOf(metrics: NetworkMetrics, measure: Measure): number | null {
  switch (measure) {
    case 'communities':
      return metrics.communities.length;
    case 'articulationPoints':
      return metrics.articulationPoints.length;
    case 'bridges':
      return metrics.bridges.length;
    default:
      return metrics[measure];
  }
}

export function NetworkMeasures({ metrics }: { metrics: NetworkMetrics }) {
  const { t, date } = useI18n();
  const figures = useFigures();
  const label = useMetricLabel();
  return (
    <section className="section" aria-labelledby="measures-title">
      <h2 id="measures-title">{t('dashboard.measures.title')}</h2>
      <p className="muted small" data-testid="measures-as-of">
        {t('dashboard.measures.note', { date: date(metrics.asOf) })}
      </p>
      <dl className="measures" data-testid="network-measures">
        {MEASURES.map((m) => {
          const value = valueOf(metrics, m);
          const name = label(m, metrics.by);
          return (
            <div className="measure" key={m}>
              <dt>{name}</dt>
              <dd>
                <span className="measure-value" data-testid={`measure-${m}`} data-value={value === null ? '' : String(value)}>
                  {figures.value(m, value)}
                </span>
                <DefinitionDetails metric={m} label={name} />
              </dd>
            </div>
          );
        })}
      </dl>
      {(!metrics.betweennessExact || !metrics.eigenvectorConverged) && (
        <ul className="measure-notes small">
          {!metrics.betweennessExact && <li>{t('dashboard.measures.betweennessSampled')}</li>}
          {!metrics.eigenvectorConverged && <li>{t('dashboard.measures.eigenvectorNotConverged')}</li>}
        </ul>
      )}
    </section>
  );
}
