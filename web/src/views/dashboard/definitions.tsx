/** Metric names and definitions: the API's `metricDefinitions` in the page's language, with their references. */
import { createContext, useContext } from 'react';
import type { MetricDefinition } from '../../api/metrics.ts';
import { isMessageKey, useI18n } from '../../i18n/i18n.tsx';

export const DefinitionsContext = createContext<ReadonlyMap<string, MetricDefinition>>(new Map());

/** The grouping-dependent measures say which grouping they use. */
const GROUPED = new Set(['eiIndex', 'crossSectorTieRatio', 'assortativity']);

export function useMetricLabel(): (metric: string, by?: string) => string {
  const { t } = useI18n();
  return (metric, by) => {
    const key = `dashboard.metric.${metric}`;
    const label = isMessageKey(key) ? t(key) : metric;
    return by && GROUPED.has(metric) ? t('dashboard.metric.grouped', { metric: label, by: t(`dashboard.by.${by as 'sector'}`).toLocaleLowerCase() }) : label;
  };
}

/** The definition of a metric in the page's language (the API's, or ours for plain counts), or null. */
export function useDefinition(): (metric: string) => { text: string; reference: string | null } | null {
  const { t, lang } = useI18n();
  const definitions = useContext(DefinitionsContext);
  return (metric) => {
    const found = definitions.get(metric);
    if (found) return { text: lang === 'cy' ? found.cy : found.en, reference: found.reference };
    const key = `dashboard.definition.${metric}`;
    return isMessageKey(key) ? { text: t(key), reference: null } : null;
  };
}

/** "What it means" under a figure: closed by default, so the figures stay scannable. */
export function DefinitionDetails({ metric, label }: { metric: string; label: string }) {
  const { t } = useI18n();
  const definition = useDefinition()(metric);
  if (!definition) return null;
  return (
    <details className="metric-definition">
      <summary>
        {t('dashboard.definition.show')}
        <span className="visually-hidden"> ({label})</span>
      </summary>
      <p>{definition.text}</p>
      {definition.reference && <p className="muted small">{t('dashboard.definition.reference', { reference: definition.reference })}</p>}
    </details>
  );
}
