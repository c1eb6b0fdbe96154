/** Beside the canvas: what node size shows, and the map as a PNG or SVG file named after the filter and date. */
import { useMemo, useState, type RefObject } from 'react';
import { useNames } from '../../../api/app-data.tsx';
import type { Network, NetworkVars } from '../../../api/network.ts';
import { isSizeMetric, measureOf, NODE_METRICS_QUERY, SIZE_METRICS, type SizeMetric } from '../../../api/node-metrics.ts';
import { useQuery } from '../../../api/use-query.ts';
import type { NetworkCanvasHandle } from '../../../graph/NetworkCanvas.tsx';
import { useEnumLabel, useI18n } from '../../../i18n/i18n.tsx';
import type { FilterValues } from '../FilterBar.tsx';
import type { LegendOverlay } from '../Legend.tsx';
import { OVERLAY_MARKS } from './overlay-model.ts';
import type { GapsOverlayState } from './use-gaps-overlay.ts';

/** "cyswllt-network-area-powys-sector-health-2026-11-01": safe as a file name on every system. */
export function downloadName(parts: (string | null | undefined)[], asOf: string): string {
  const slug = parts
    .filter((p): p is string => !!p)
    .join('-')
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, '-')
    .replace(/-+/g, '-')
    .replace(/^-|-$/g, '');
  return `cyswllt-network-${slug || 'wales'}-${asOf}`;
}

function save(blob: Blob, file: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = file;
  document.body.append(a);
  a.click();
  a.remove();
  // the download has started by now; the URL is not needed after it
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function SizeBySelect({ value, onChange, disabled, loading }: { value: SizeMetric; onChange: (m: SizeMetric) => void; disabled?: boolean; loading?: boolean }) {
  const { t } = useI18n();
  return (
    <div className="size-by">
      <label htmlFor="size-by">{t('gaps.size.label')}</label>
      <select id="size-by" value={value} disabled={disabled} onChange={(e) => onChange(e.target.value as SizeMetric)} aria-describedby={loading ? 'size-by-status' : undefined}>
        {SIZE_METRICS.map((m) => (
          <option key={m} value={m}>
            {t(`gaps.size.${m}`)}
          </option>
        ))}
      </select>
      <span id="size-by-status" className="visually-hidden" role="status">
        {loading ? t('gaps.size.loading') : ''}
      </span>
    </div>
  );
}

export function DownloadButtons({ canvas, fileName, title }: { canvas: RefObject<NetworkCanvasHandle | null>; fileName: string; title: string }) {
  const { t } = useI18n();
  const [done, setDone] = useState('');
  const png = async () => {
    const blob = await canvas.current?.png();
    if (!blob) return;
    save(blob, `${fileName}.png`);
    setDone(t('gaps.download.done', { file: `${fileName}.png` }));
  };
  const svg = () => {
    const text = canvas.current?.svg(title);
    if (!text) return;
    save(new Blob([text], { type: 'image/svg+xml' }), `${fileName}.svg`);
    setDone(t('gaps.download.done', { file: `${fileName}.svg` }));
  };
  return (
    <div className="downloads" role="group" aria-label={t('gaps.download.group')}>
      <button type="button" className="button button-secondary" onClick={() => void png()} aria-label={t('gaps.download.pngLabel')}>
        <DownloadIcon /> {t('gaps.download.png')}
      </button>
      <button type="button" className="button button-secondary" onClick={svg} aria-label={t('gaps.download.svgLabel')}>
        <DownloadIcon /> {t('gaps.download.svg')}
      </button>
      <span className="visually-hidden" role="status">
        {done}
      </span>
    </div>
  );
}

function DownloadIcon() {
  return (
    <svg width="14" height="14" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <path d="M8 1v9M4 6l4 4 4-4M2 14h12" fill="none" stroke="currentColor" strokeWidth="1.8" />
    </svg>
  );
}

export interface CanvasToolsState {
  sizeBy: SizeMetric;
  /** organisation id -> the chosen measure; null while sizing by ties (or loading) */
  measure: Map<string, number> | null;
  measureLoading: boolean;
  sizeNote: string | undefined;
  legendOverlay: LegendOverlay | null;
  fileName: string;
  title: string;
}

/** Size by (`size=` in the address), the legend's overlay entries, and the download names. */
export function useCanvasTools(options: {
  params: URLSearchParams;
  variables: NetworkVars;
  filter: FilterValues;
  ego: { id: string; depth: number } | null;
  network: Network | undefined;
  gaps: GapsOverlayState;
}): CanvasToolsState {
  const { params, variables, filter, ego, network, gaps } = options;
  const { t, date } = useI18n();
  const names = useNames();
  const enumLabel = useEnumLabel();
  const requested = params.get('size');
  // an ego network is no filter: its metrics are not the filtered network's, so size stays by ties
  const sizeBy: SizeMetric = !ego && isSizeMetric(requested) ? requested : 'degree';
  const metrics = useQuery(NODE_METRICS_QUERY, variables, { skip: sizeBy === 'degree' });
  const measure = useMemo(
    () => (sizeBy !== 'degree' && metrics.data && !metrics.loading ? measureOf(metrics.data.networkMetrics.nodes, sizeBy) : null),
    [sizeBy, metrics.data, metrics.loading],
  );

  const legendOverlay = useMemo((): LegendOverlay | null => {
    if (!gaps.canvas) return null;
    const present = new Set<string>();
    for (const marks of gaps.model.marks.values()) for (const m of marks) present.add(m);
    return { marks: OVERLAY_MARKS.filter((m) => present.has(m)), ghosts: gaps.model.ghosts.length > 0, ties: gaps.model.ties.size > 0 };
  }, [gaps.canvas, gaps.model]);

  const asOf = network?.asOf ?? variables.asOf ?? '';
  const fileName = ego
    ? downloadName(['ego', ego.id, `depth-${ego.depth}`], asOf)
    : downloadName([filter.area, filter.sector, filter.kind, filter.theme], asOf);
  const described = ego
    ? ego.id
    : [
        filter.area ? names.area(filter.area) : t('gaps.overlay.wales'),
        filter.sector && names.sector(filter.sector),
        filter.kind && enumLabel('kind', filter.kind),
        filter.theme && names.theme(filter.theme),
      ]
        .filter(Boolean)
        .join(', ');
  const title = t('gaps.download.title', { filter: described, date: asOf ? date(asOf) : '' });

  return {
    sizeBy,
    measure,
    measureLoading: sizeBy !== 'degree' && metrics.loading,
    sizeNote: sizeBy === 'degree' ? undefined : t('gaps.size.legend', { metric: t(`gaps.size.${sizeBy}`).toLocaleLowerCase() }),
    legendOverlay,
    fileName,
    title,
  };
}

export function CanvasTools({
  tools,
  canvas,
  sizeDisabled,
  onSize,
}: {
  tools: CanvasToolsState;
  canvas: RefObject<NetworkCanvasHandle | null>;
  sizeDisabled: boolean;
  onSize: (metric: SizeMetric) => void;
}) {
  return (
    <div className="canvas-tools">
      <SizeBySelect value={tools.sizeBy} onChange={onSize} disabled={sizeDisabled} loading={tools.measureLoading} />
      <DownloadButtons canvas={canvas} fileName={tools.fileName} title={tools.title} />
    </div>
  );
}
