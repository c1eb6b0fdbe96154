/** Sector colours and shapes in the current view, and what size means. */
import { useNames } from '../../api/app-data.tsx';
import type { SectorStyle } from '../../graph/palette.ts';
import { useI18n } from '../../i18n/i18n.tsx';

function Swatch({ style }: { style: SectorStyle }) {
  const common = { fill: style.colour, stroke: '#1b1f24', strokeWidth: 0.75 };
  return (
    <svg width="14" height="14" viewBox="0 0 14 14" aria-hidden="true" focusable="false">
      {style.shape === 'ellipse' && <circle cx="7" cy="7" r="6" {...common} />}
      {style.shape === 'round-rectangle' && <rect x="1" y="1" width="12" height="12" rx="3" {...common} />}
      {style.shape === 'diamond' && <path d="M7 0.8 L13.2 7 L7 13.2 L0.8 7 Z" {...common} />}
    </svg>
  );
}

export function Legend({ entries }: { entries: { sectorId: string | null; style: SectorStyle; count: number }[] }) {
  const { t, n } = useI18n();
  const names = useNames();
  return (
    <details className="legend" open>
      <summary>
        <h2 className="legend-title">{t('legend.title')}</h2>
      </summary>
      <ul>
        {entries.map((e) => (
          <li key={e.sectorId ?? 'none'}>
            <Swatch style={e.style} />
            <span className="legend-name">{names.sector(e.sectorId)}</span>
            <span className="legend-count">{n(e.count)}</span>
          </li>
        ))}
      </ul>
      <p className="legend-note">{t('legend.size')}</p>
    </details>
  );
}
