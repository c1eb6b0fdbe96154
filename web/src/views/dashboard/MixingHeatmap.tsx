/**
 * The mixing matrix (ties by the groups of their two ends) as a heatmap that is still a table:
 * every cell shows its number, and its colour only repeats it. The colour steps are chosen so the
 * number keeps at least 4.5:1 contrast: dark text on the light steps, white on the dark ones.
 */
import { useNames } from '../../api/app-data.tsx';
import type { Grouping, MixingMatrix } from '../../api/metrics.ts';
import { useEnumLabel, useI18n } from '../../i18n/i18n.tsx';
import { DefinitionDetails } from './definitions.tsx';

/** ColorBrewer Blues; contrast with #1b1f24 is >= 4.8:1 up to #4292c6, with white >= 5.1:1 after it */
const STEPS = ['#deebf7', '#c6dbef', '#9ecae1', '#6baed6', '#4292c6', '#2171b5', '#08519c', '#08306b'] as const;
const FIRST_WHITE_TEXT = 5;

export function stepOf(count: number, max: number): number {
  if (count <= 0 || max <= 0) return -1;
  return Math.min(STEPS.length - 1, Math.ceil((count / max) * STEPS.length) - 1);
}

function cellStyle(step: number): { background: string; color: string } {
  if (step < 0) return { background: '#ffffff', color: '#56606b' };
  return { background: STEPS[step]!, color: step >= FIRST_WHITE_TEXT ? '#ffffff' : '#1b1f24' };
}

export function useGroupLabel(by: Grouping | string): (value: string) => string {
  const names = useNames();
  const enumLabel = useEnumLabel();
  return (value) => {
    if (by === 'area') return names.area(value);
    if (by === 'kind') return enumLabel('kind', value);
    return names.sector(value || null);
  };
}

export function MixingHeatmap({ matrix, by }: { matrix: MixingMatrix; by: Grouping | string }) {
  const { t, n } = useI18n();
  const groupLabel = useGroupLabel(by);
  const max = Math.max(0, ...matrix.rows.flatMap((r) => r.counts));
  const byLabel = t(`dashboard.by.${by as Grouping}`).toLocaleLowerCase();
  const title = t('dashboard.mixing.title', { by: byLabel });

  return (
    <section className="section" aria-labelledby="mixing-title">
      <h2 id="mixing-title">{title}</h2>
      <DefinitionDetails metric="mixing" label={title} />
      {matrix.values.length === 0 ? (
        <p>{t('dashboard.mixing.empty')}</p>
      ) : (
        <>
          <div className="table-scroll heatmap-scroll" tabIndex={0} role="region" aria-labelledby="mixing-caption">
            <table className="data-table heatmap" data-testid="mixing-matrix">
              <caption id="mixing-caption">
                <span className="caption-title">{t('dashboard.mixing.caption', { by: byLabel })}</span>
                <span className="caption-note">{t('dashboard.mixing.note')}</span>
              </caption>
              <thead>
                <tr>
                  <td />
                  {matrix.values.map((v) => (
                    <th scope="col" key={v} className="heatmap-col">
                      <span>{groupLabel(v)}</span>
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {matrix.rows.map((row, i) => (
                  <tr key={row.value}>
                    <th scope="row">{groupLabel(row.value)}</th>
                    {row.counts.map((count, j) => (
                      <td
                        key={matrix.values[j]}
                        className={`num heatmap-cell${i === j ? ' heatmap-diagonal' : ''}`}
                        style={cellStyle(stepOf(count, max))}
                        data-row={row.value}
                        data-col={matrix.values[j]}
                        data-value={count}
                      >
                        {n(count)}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <div className="heatmap-legend" aria-hidden="true">
            <span>{t('dashboard.mixing.fewer')}</span>
            {STEPS.map((colour, s) => (
              <span key={colour} className="heatmap-swatch" style={cellStyle(s)} />
            ))}
            <span>{t('dashboard.mixing.more', { max: n(max) })}</span>
          </div>
        </>
      )}
    </section>
  );
}
