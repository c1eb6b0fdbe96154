/** The network explorer: filters, the canvas (or the table alternative), legend and organisation card. */
import { useCallback, useMemo, useRef, useState } from 'react';
import { EGO_NETWORK_QUERY } from '../../api/ego.ts';
import { cleanFilter, NETWORK_QUERY, type Network, type NetworkNode } from '../../api/network.ts';
import { useQuery } from '../../api/use-query.ts';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import type { Route, ViewName } from '../../components/router.ts';
import { ViewHeader } from '../../components/ViewHeader.tsx';
import { NetworkCanvas, type NetworkCanvasHandle } from '../../graph/NetworkCanvas.tsx';
import { sectorStyles, styleForSector } from '../../graph/palette.ts';
import { positionKey } from '../../graph/position-cache.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { FilterBar, type FilterValues } from './FilterBar.tsx';
import { Legend } from './Legend.tsx';
import { NetworkTable } from './NetworkTable.tsx';
import { CanvasTools, useCanvasTools } from './overlay/CanvasTools.tsx';
import { GapsPanel } from './overlay/GapsPanel.tsx';
import { useGapsOverlay } from './overlay/use-gaps-overlay.ts';
import { OrganisationPanel } from './OrganisationPanel.tsx';
import { SearchBox } from './SearchBox.tsx';
import { AddOrganisation } from '../../editing/AddOrganisation.tsx';

type Navigate = (view: ViewName, params?: Record<string, string | null | undefined>, replace?: boolean) => void;

export function NetworkView({ route, navigate }: { route: Route; navigate: Navigate }) {
  const { t, name, date } = useI18n();
  const canvasRef = useRef<NetworkCanvasHandle>(null);
  const p = route.params;
  const filter: FilterValues = {
    area: p.get('area') ?? '',
    sector: p.get('sector') ?? '',
    kind: p.get('kind') ?? '',
    theme: p.get('theme') ?? '',
    body: p.get('body') ?? '',
    date: p.get('date') ?? '',
  };
  const display = p.get('display') === 'table' ? 'table' : 'graph';
  const selectedId = p.get('org');
  const egoId = p.get('ego');
  const depth = Math.min(3, Math.max(1, Number(p.get('depth') ?? 1) || 1));
  const [pathIds, setPathIds] = useState<string[]>([]);

  const params = useCallback(
    (changes: Record<string, string | null | undefined>) => {
      const current: Record<string, string> = {};
      p.forEach((v, k) => (current[k] = v));
      return { ...current, ...changes };
    },
    [p],
  );

  const variables = useMemo(
    () => ({
      filter: cleanFilter({ areaId: filter.area, sectorId: filter.sector, kind: filter.kind, themeId: filter.theme, bodyId: filter.body }),
      asOf: filter.date || null,
    }),
    [filter.area, filter.sector, filter.kind, filter.theme, filter.body, filter.date],
  );
  const whole = useQuery(NETWORK_QUERY, variables, { skip: !!egoId });
  const ego = useQuery(EGO_NETWORK_QUERY, { key: egoId ?? '', depth, asOf: variables.asOf }, { skip: !egoId });
  const { error, loading, reload } = egoId ? ego : whole;
  const network: Network | undefined = egoId ? ego.data?.egoNetwork : whole.data?.network;
  const centre = egoId ? network?.nodes.find((n) => n.id === egoId) : undefined;

  const styles = useMemo(() => sectorStyles(network?.nodes.flatMap((n) => (n.sectorId ? [n.sectorId] : [])) ?? []), [network]);
  const legend = useMemo(() => {
    const counts = new Map<string | null, number>();
    for (const node of network?.nodes ?? []) counts.set(node.sectorId, (counts.get(node.sectorId) ?? 0) + 1);
    return [...counts.entries()]
      .map(([sectorId, count]) => ({ sectorId, count, style: styleForSector(styles, sectorId) }))
      .sort((a, b) => b.count - a.count);
  }, [network, styles]);
  const label = useCallback((node: NetworkNode) => name(node.name, node.nameCy), [name]);
  const cacheKey = positionKey(
    egoId ? { ego: egoId, depth: String(depth), asOf: network?.asOf ?? variables.asOf } : { ...variables.filter, asOf: network?.asOf ?? variables.asOf },
  );
  const selected = network?.nodes.find((n) => n.id === selectedId);
  const gaps = useGapsOverlay({ params: p, areaKey: filter.area, asOf: variables.asOf, network, label });
  const tools = useCanvasTools({ params: p, variables, filter, ego: egoId ? { id: egoId, depth } : null, network, gaps });

  const summary = network ? t('summary.counts', { nodes: network.nodes.length, edges: network.edges.length }) : '';
  const select = (id: string | null) => {
    setPathIds([]);
    navigate('network', params({ org: id }), true);
  };

  return (
    <div className="view view-network">
      <ViewHeader title={t('view.network.title')} intro={t('view.network.intro')} />
      <FilterBar
        value={filter}
        onChange={(next) =>
          navigate('network', params({ area: next.area, sector: next.sector, kind: next.kind, theme: next.theme, body: next.body, date: next.date, org: null, ego: null, depth: null, gap: null }))
        }
      />
      {egoId && (
        <div className="ego-banner" data-testid="ego-banner">
          <div>
            <h2>{t('ego.title', { name: centre ? name(centre.name, centre.nameCy) : egoId })}</h2>
            <p>{t('ego.note', { scope: t(`ego.depth${depth as 1 | 2 | 3}`).toLocaleLowerCase(), name: centre ? name(centre.name, centre.nameCy) : egoId })}</p>
          </div>
          <div className="ego-actions">
            <label htmlFor="ego-depth">{t('ego.depth')}</label>
            <select id="ego-depth" value={depth} onChange={(e) => navigate('network', params({ depth: e.target.value }))}>
              {[1, 2, 3].map((d) => (
                <option key={d} value={d}>
                  {t(`ego.depth${d as 1 | 2 | 3}`)}
                </option>
              ))}
            </select>
            <button type="button" className="button button-secondary" onClick={() => navigate('network', params({ ego: null, depth: null }))}>
              {t('ego.back')}
            </button>
          </div>
        </div>
      )}
      <div className="toolbar">
        <p className="summary" role="status" aria-live="polite" data-testid="network-summary">
          {network && (
            <>
              <strong data-testid="node-count" data-value={network.nodes.length}>
                {summary}
              </strong>{' '}
              <span className="muted">{t('summary.asOf', { date: date(network.asOf) })}</span>
            </>
          )}
          {!network && loading && t('app.loading')}
        </p>
        {network && (
          <SearchBox
            nodes={network.nodes}
            onFound={(node) => {
              select(node.id);
              if (display === 'graph') canvasRef.current?.focus(node.id);
            }}
          />
        )}
        <div className="segmented" role="group" aria-label={t('display.label')}>
          {(['graph', 'table'] as const).map((d) => (
            <button
              key={d}
              type="button"
              aria-pressed={display === d}
              onClick={() => navigate('network', params({ display: d === 'graph' ? null : d }), true)}
            >
              {t(d === 'graph' ? 'display.graph' : 'display.table')}
            </button>
          ))}
        </div>
        <button
          type="button"
          className="button button-secondary gaps-toggle"
          aria-pressed={gaps.open}
          onClick={() => navigate('network', params({ gaps: gaps.open ? null : 'on', gapTypes: null, gap: null }), true)}
        >
          {t('gaps.overlay.toggle')}
        </button>
        <AddOrganisation
          onCreated={(key) => {
            whole.reload();
            navigate('network', params({ org: key }), true);
          }}
        />
      </div>
      {error && <ErrorNotice message={error.message} onRetry={reload} />}
      {network && network.nodes.length === 0 && <p className="notice notice-info">{t('summary.empty')}</p>}
      {network && (
        <div className={`network-body${selected ? ' has-panel' : ''}${gaps.open ? ' has-gaps' : ''}`}>
          <div className="network-main">
            {display === 'graph' ? (
              <div className="graph-stage">
                <NetworkCanvas
                  ref={canvasRef}
                  network={network}
                  cacheKey={cacheKey}
                  label={label}
                  styles={styles}
                  selectedId={selectedId}
                  pathIds={pathIds}
                  onSelect={select}
                  overlay={gaps.canvas}
                  measure={tools.measure}
                  sizeBy={tools.sizeBy}
                  fitOn={gaps.selected ? gaps.model.focus.get(gaps.selected.id) : null}
                  ariaLabel={t('canvas.label', { summary })}
                  layingOutLabel={t('canvas.laying')}
                />
                <div className="zoom-controls">
                  <button type="button" className="icon-button" onClick={() => canvasRef.current?.zoomBy(1.4)} aria-label={t('canvas.zoomIn')}>
                    <span aria-hidden="true">+</span>
                  </button>
                  <button type="button" className="icon-button" onClick={() => canvasRef.current?.zoomBy(1 / 1.4)} aria-label={t('canvas.zoomOut')}>
                    <span aria-hidden="true">−</span>
                  </button>
                  <button type="button" className="icon-button" onClick={() => canvasRef.current?.fit()} aria-label={t('canvas.fit')}>
                    <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
                      <path d="M1 5V1h4M11 1h4v4M15 11v4h-4M5 15H1v-4" fill="none" stroke="currentColor" strokeWidth="1.8" />
                    </svg>
                  </button>
                </div>
                <Legend entries={legend} sizeNote={tools.sizeNote} overlay={tools.legendOverlay} />
                <CanvasTools tools={tools} canvas={canvasRef} sizeDisabled={!!egoId} onSize={(m) => navigate('network', params({ size: m === 'degree' ? null : m }), true)} />
              </div>
            ) : (
              <NetworkTable network={network} onSelect={(id) => select(id)} overlay={gaps.canvas ? gaps.model : null} />
            )}
          </div>
          {gaps.open && (
            <GapsPanel
              state={gaps}
              areaKey={filter.area}
              onTypes={(types) => {
                const keep = gaps.selected && types.includes(gaps.selected.type);
                navigate('network', params({ gaps: 'on', gapTypes: types.join(',') || 'none', gap: keep ? gaps.selected?.id : null }), true);
              }}
              onSelect={(gap) => navigate('network', params({ gaps: 'on', gapTypes: [...gaps.types].join(',') || 'none', gap: gap?.id ?? null }), true)}
              onClose={() => navigate('network', params({ gaps: null, gapTypes: null, gap: null }), true)}
            />
          )}
          {selected && (
            <OrganisationPanel
              node={selected}
              network={network}
              onClose={() => select(null)}
              onSelect={(id) => {
                select(id);
                canvasRef.current?.focus(id);
              }}
              asOf={variables.asOf}
              onEgo={(d) => navigate('network', params({ ego: selected.id, depth: String(d) }))}
              onPaths={setPathIds}
              onChanged={reload}
              onFocus={() => {
                if (display === 'table') navigate('network', params({ display: null }), true);
                else canvasRef.current?.focus(selected.id);
              }}
            />
          )}
        </div>
      )}
    </div>
  );
}
