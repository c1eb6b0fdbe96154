/**
 * A small hand-written SVG line chart: title, axes with labels, a point per date (with its value
 * as a tooltip), and the same figures in a table beneath, which is what screen readers get.
 */
import { useId } from 'react';
import { useI18n } from '../../i18n/i18n.tsx';

export interface ChartPoint {
  date: string;
  value: number | null;
}

const WIDTH = 560;
const HEIGHT = 260;
const MARGIN = { top: 16, right: 20, bottom: 44, left: 64 };

/** Round tick values covering [min, max]: steps of 1, 2 or 5 times a power of ten. */
export function niceTicks(min: number, max: number, count = 5): number[] {
  if (min === max) {
    const pad = Math.abs(min) > 0 ? Math.abs(min) * 0.1 : 1;
    return niceTicks(min - pad, max + pad, count);
  }
  const raw = (max - min) / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw) ?? 10 * power;
  const ticks: number[] = [];
  for (let v = Math.floor(min / step) * step; v <= max + step * 1e-9; v += step) ticks.push(Number(v.toFixed(12)));
  if (ticks[ticks.length - 1]! < max) ticks.push(Number((ticks[ticks.length - 1]! + step).toFixed(12)));
  return ticks;
}

function time(iso: string): number {
  return Date.parse(`${iso}T00:00:00Z`);
}

export function LineChart(props: {
  title: string;
  yLabel: string;
  points: ChartPoint[];
  /** fixed value range (e.g. -1 to 1 for the E-I index); otherwise from the data, starting at 0 when all are positive */
  domain?: [number, number];
  format: (v: number | null) => string;
  testId: string;
}) {
  const { t, date, lang } = useI18n();
  const id = useId();
  const defined = props.points.filter((p): p is { date: string; value: number } => p.value !== null);
  const values = defined.map((p) => p.value);
  const [lo, hi] = props.domain ?? [Math.min(0, ...values), Math.max(0, ...values)];
  const yTicks = niceTicks(lo, hi);
  const y0 = yTicks[0]!;
  const y1 = yTicks[yTicks.length - 1]!;
  // ticks with as many decimals as their step needs: 0.005 -> 0.000, 0.005, 0.010
  const step = yTicks.length > 1 ? yTicks[1]! - yTicks[0]! : 1;
  const tickFormat = new Intl.NumberFormat(lang === 'cy' ? 'cy-GB' : 'en-GB', { minimumFractionDigits: Math.max(0, -Math.floor(Math.log10(step) + 1e-9)), maximumFractionDigits: Math.max(0, -Math.floor(Math.log10(step) + 1e-9)) });
  const times = props.points.map((p) => time(p.date));
  const t0 = Math.min(...times);
  const t1 = Math.max(...times);
  const plotW = WIDTH - MARGIN.left - MARGIN.right;
  const plotH = HEIGHT - MARGIN.top - MARGIN.bottom;
  const x = (iso: string) => MARGIN.left + (t1 === t0 ? plotW / 2 : ((time(iso) - t0) / (t1 - t0)) * plotW);
  const y = (v: number) => MARGIN.top + plotH - ((v - y0) / (y1 - y0 || 1)) * plotH;

  // a line through consecutive defined points; a date with no value breaks it
  const segments: string[] = [];
  let current = '';
  for (const p of props.points) {
    if (p.value === null) {
      if (current) segments.push(current);
      current = '';
      continue;
    }
    current += `${current ? 'L' : 'M'}${x(p.date).toFixed(1)},${y(p.value).toFixed(1)}`;
  }
  if (current) segments.push(current);
  // label at most about 8 dates on the axis (the table has them all), and none too close to the last
  const every = Math.max(1, Math.ceil(props.points.length / 8));
  const last = props.points[props.points.length - 1];
  const labelled = props.points.filter((p, i) => p === last || (i % every === 0 && (!last || x(last.date) - x(p.date) >= 56)));

  return (
    <figure className="chart" data-testid={props.testId}>
      <figcaption className="chart-title">{props.title}</figcaption>
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-labelledby={`${id}-title ${id}-desc`} className="chart-svg">
        <title id={`${id}-title`}>{props.title}</title>
        <desc id={`${id}-desc`}>{t('dashboard.chart.desc', { count: props.points.length })}</desc>
        {yTicks.map((v) => (
          <g key={v}>
            <line x1={MARGIN.left} x2={WIDTH - MARGIN.right} y1={y(v)} y2={y(v)} className={v === 0 ? 'chart-zero' : 'chart-grid'} />
            <text x={MARGIN.left - 8} y={y(v)} className="chart-tick" textAnchor="end" dominantBaseline="middle">
              {tickFormat.format(v)}
            </text>
          </g>
        ))}
        <line x1={MARGIN.left} x2={MARGIN.left} y1={MARGIN.top} y2={MARGIN.top + plotH} className="chart-axis" />
        <line x1={MARGIN.left} x2={WIDTH - MARGIN.right} y1={MARGIN.top + plotH} y2={MARGIN.top + plotH} className="chart-axis" />
        {labelled.map((p) => (
          <text key={p.date} x={x(p.date)} y={MARGIN.top + plotH + 16} className="chart-tick" textAnchor={p === last && labelled.length > 1 ? 'end' : 'middle'}>
            {p.date.endsWith('-01-01') ? p.date.slice(0, 4) : p.date.slice(0, 7)}
          </text>
        ))}
        <text x={MARGIN.left + plotW / 2} y={HEIGHT - 6} className="chart-label" textAnchor="middle">
          {t('dashboard.chart.date')}
        </text>
        <text transform={`translate(14 ${MARGIN.top + plotH / 2}) rotate(-90)`} className="chart-label" textAnchor="middle">
          {props.yLabel}
        </text>
        {segments.map((d) => (
          <path key={d} d={d} className="chart-line" />
        ))}
        {defined.map((p) => (
          <circle key={p.date} cx={x(p.date)} cy={y(p.value)} r={4} className="chart-point">
            <title>{`${date(p.date)}: ${props.format(p.value)}`}</title>
          </circle>
        ))}
      </svg>
      <details className="chart-table">
        <summary>
          {t('dashboard.chart.table')}
          <span className="visually-hidden"> ({props.title})</span>
        </summary>
        <table className="data-table">
          <caption className="visually-hidden">{props.title}</caption>
          <thead>
            <tr>
              <th scope="col">{t('dashboard.chart.date')}</th>
              <th scope="col" className="num">
                {props.yLabel}
              </th>
            </tr>
          </thead>
          <tbody>
            {props.points.map((p) => (
              <tr key={p.date}>
                <th scope="row">{date(p.date)}</th>
                <td className="num" data-date={p.date} data-value={p.value ?? ''}>
                  {props.format(p.value)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
