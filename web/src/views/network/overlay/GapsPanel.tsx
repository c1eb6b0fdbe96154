/**
 * The gaps overlay's side panel: a checkbox per kind of gap present for the area (with counts), and
 * the gaps shown, most severe first, each with its explanation in the current language. Choosing a
 * gap narrows the overlay to it and fits the map on what it involves.
 */
import { useState } from 'react';
import { useNames } from '../../../api/app-data.tsx';
import { GAP_TYPES, type Gap, type GapType } from '../../../api/gaps.ts';
import { ErrorNotice } from '../../../components/ErrorNotice.tsx';
import { useI18n } from '../../../i18n/i18n.tsx';
import type { GapsOverlayState } from './use-gaps-overlay.ts';

const PAGE = 50;

export interface GapsPanelProps {
  state: GapsOverlayState;
  areaKey: string;
  onTypes: (types: GapType[]) => void;
  onSelect: (gap: Gap | null) => void;
  onClose: () => void;
}

export function GapsPanel({ state, areaKey, onTypes, onSelect, onClose }: GapsPanelProps) {
  const { t, date, lang } = useI18n();
  const names = useNames();
  const [limit, setLimit] = useState(PAGE);
  const { report, shown, selected, types, model } = state;
  const present = (report?.counts ?? []).filter((c) => c.count > 0).sort((a, b) => GAP_TYPES.indexOf(a.type) - GAP_TYPES.indexOf(b.type));
  const toggle = (type: GapType, on: boolean) => {
    setLimit(PAGE);
    onTypes(GAP_TYPES.filter((x) => (x === type ? on : types.has(x))));
  };
  const highlightedCount = model.highlighted.size;

  return (
    <aside className="gaps-panel" aria-labelledby="gaps-panel-title" data-testid="gaps-panel">
      <div className="gaps-panel-head">
        <h2 id="gaps-panel-title">{t('gaps.overlay.title')}</h2>
        <button type="button" className="icon-button" onClick={onClose} aria-label={t('gaps.overlay.close')}>
          <span aria-hidden="true">×</span>
        </button>
      </div>
      {report && (
        <p className="muted small gaps-panel-scope">
          {t('gaps.overlay.scope', { area: areaKey ? names.area(areaKey) : t('gaps.overlay.wales'), date: date(report.asOf) })}
        </p>
      )}
      {state.error && <ErrorNotice message={state.error.message} onRetry={state.reload} />}
      {state.loading && !report && (
        <p role="status">
          <span className="spinner spinner-dark" aria-hidden="true" /> {t('gaps.overlay.loading')}
        </p>
      )}
      {report && present.length === 0 && <p className="notice notice-info">{t('gaps.overlay.none')}</p>}
      {present.length > 0 && (
        <fieldset className="gaps-types">
          <legend>{t('gaps.overlay.types')}</legend>
          {present.map((c) => (
            <div className="gaps-type" key={c.type}>
              <input
                type="checkbox"
                id={`gap-type-${c.type}`}
                checked={types.has(c.type)}
                onChange={(e) => toggle(c.type, e.target.checked)}
                data-gap-type={c.type}
              />
              <label htmlFor={`gap-type-${c.type}`}>{t('gaps.overlay.typeCount', { name: t(`gaps.type.${c.type}`), count: c.count })}</label>
            </div>
          ))}
        </fieldset>
      )}
      {report && (
        <p className="gaps-highlighted" role="status" aria-live="polite" data-testid="gaps-highlighted" data-value={highlightedCount}>
          {shown.length === 0 && !selected
            ? present.length > 0 && t('gaps.overlay.pick')
            : t(selected ? 'gaps.overlay.oneGap' : 'gaps.overlay.highlighted', { count: highlightedCount })}
        </p>
      )}
      {selected && (
        <button type="button" className="button button-secondary gaps-show-all" onClick={() => onSelect(null)}>
          {t('gaps.overlay.showAll')}
        </button>
      )}
      {shown.length > 0 && (
        <>
          <h3 className="gaps-list-title" id="gaps-list-title">
            {t('gaps.overlay.listTitle', { count: shown.length })}
          </h3>
          <ul className="gaps-list" aria-labelledby="gaps-list-title" data-testid="gaps-overlay-list">
            {shown.slice(0, limit).map((gap) => {
              const onMap = (model.focus.get(gap.id)?.length ?? 0) > 0 || (selected && selected.id !== gap.id);
              return (
                <li key={gap.id} data-gap-id={gap.id}>
                  <button type="button" className="gaps-item" aria-pressed={selected?.id === gap.id} onClick={() => onSelect(selected?.id === gap.id ? null : gap)}>
                    <span className="gaps-item-head">
                      <span className={`severity severity-${gap.severity}`}>{t(`gaps.severity.${gap.severity}`)}</span>
                      <span className="gaps-item-type">{t(`gaps.type.${gap.type}`)}</span>
                    </span>
                    <span className="gaps-item-text">{lang === 'cy' ? gap.explanation.cy : gap.explanation.en}</span>
                    {!onMap && <span className="gaps-item-note">{t('gaps.overlay.notOnMap')}</span>}
                  </button>
                </li>
              );
            })}
          </ul>
          {shown.length > limit && (
            <button type="button" className="button button-secondary" onClick={() => setLimit((l) => l + PAGE)}>
              {t('gaps.overlay.showMore', { count: Math.min(PAGE, shown.length - limit) })}
            </button>
          )}
        </>
      )}
    </aside>
  );
}
