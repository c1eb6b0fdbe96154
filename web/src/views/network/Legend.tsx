/** Sector colours and shapes in the current view, what size means, and the gaps overlay's marks. */
import { useNames } from '../../api/app-data.tsx';
import type { SectorStyle } from '../../graph/palette.ts';
import { OVERLAY_COLOURS } from '../../graph/stylesheet.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import type { OverlayMark } from './overlay/overlay-model.ts';

export interface LegendOverlay {
  marks: OverlayMark[];
  ghosts: boolean;
  ties: boolean;
}

/** A ring (or dashed ring) in the overlay colour, as drawn on the canvas. */
function RingSwatch({ mark }: { mark: OverlayMark }) {
  const dashed = mark === 'cut-off';
  const width = mark === 'articulation' ? 3 : mark === 'community-b' ? 1.5 : 2.2;
  return (
    <svg width="14" height="14" viewBox="0 0 14 14" aria-hidden="true" focusable="false">
      <circle cx="7" cy="7" r="5.2" fill="#dde3ea" stroke={OVERLAY_COLOURS[mark]} strokeWidth={width} strokeDasharray={dashed ? '2.5 1.8' : undefined} />
    </svg>
  );
}

function LineSwatch({ colour, dashed }: { colour: string; dashed: boolean }) {
  return (
    <svg width="14" height="14" viewBox="0 0 14 14" aria-hidden="true" focusable="false">
      <line x1="0.5" y1="7" x2="13.5" y2="7" stroke={colour} strokeWidth="2.4" strokeDasharray={dashed ? '3.5 2.2' : undefined} />
    </svg>
  );
}

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

export function Legend({
  entries,
  sizeNote,
  overlay,
}: {
  entries: { sectorId: string | null; style: SectorStyle; count: number }[];
  /** what size shows, when not the number of ties */
  sizeNote?: string;
  overlay?: LegendOverlay | null;
}) {
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
      <p className="legend-note">{sizeNote ?? t('legend.size')}</p>
      {overlay && (overlay.marks.length > 0 || overlay.ghosts || overlay.ties) && (
        <div className="legend-overlay" data-testid="legend-overlay">
          <h3 className="legend-title">{t('gaps.legend.title')}</h3>
          <ul>
            {overlay.marks.map((m) => (
              <li key={m}>
                <RingSwatch mark={m} />
                <span className="legend-name">{t(`gaps.mark.${m}`)}</span>
              </li>
            ))}
            {overlay.ghosts && (
              <li>
                <LineSwatch colour={OVERLAY_COLOURS.ghost} dashed />
                <span className="legend-name">{t('gaps.mark.ghost')}</span>
              </li>
            )}
            {overlay.ties && (
              <li>
                <LineSwatch colour={OVERLAY_COLOURS.tie} dashed={false} />
                <span className="legend-name">{t('gaps.mark.tie')}</span>
              </li>
            )}
          </ul>
        </div>
      )}
    </details>
  );
}
