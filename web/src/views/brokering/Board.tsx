/**
 * The board: one column per status in the API's pipeline order. After a move, the outcome is
 * announced and focus follows the card to its new column, so keyboard users keep their place.
 */
import { useEffect, useState } from 'react';
import type { BoardColumn, IntroductionCard, IntroductionStatus } from '../../api/introductions.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { IntroductionCardView } from './IntroductionCard.tsx';

/** cards shown per column before "show all": a busy county's board stays readable */
const COLUMN_PAGE = 25;

export interface BoardProps {
  columns: BoardColumn[];
  /** whether the signed-in account may move this card on (the server decides in the end) */
  canMove: (introduction: IntroductionCard) => boolean;
  onChanged: () => void;
}

export function Board({ columns, canMove, onChanged }: BoardProps) {
  const { t, n } = useI18n();
  const [message, setMessage] = useState('');
  const [expanded, setExpanded] = useState<ReadonlySet<IntroductionStatus>>(new Set());
  const [follow, setFollow] = useState<{ key: string; status: IntroductionStatus } | null>(null);

  // once the reloaded board has the card in its new column, focus its heading
  useEffect(() => {
    if (!follow) return;
    const heading = document.getElementById(`intro-${follow.key}`);
    if (heading?.closest<HTMLElement>('[data-status]')?.dataset.status === follow.status) {
      heading.focus();
      setFollow(null);
    }
  }, [columns, follow]);

  const changed = (key: string, status: IntroductionStatus, text: string) => {
    setMessage(text);
    setFollow({ key, status });
    setExpanded((x) => new Set([...x, status]));
    onChanged();
  };

  return (
    <section className="board-section" aria-labelledby="board-title">
      <h2 id="board-title" className="visually-hidden">
        {t('brokering.board.title')}
      </h2>
      <p className="board-message" role="status" aria-live="polite" data-testid="board-message">
        {message}
      </p>
      <div className="board" data-testid="introduction-board">
        {columns.map((column) => (
          <section
            key={column.status}
            className={`board-column board-column-${column.status}`}
            aria-labelledby={`column-${column.status}-title`}
            data-status={column.status}
            data-testid={`column-${column.status}`}
          >
            <h3 id={`column-${column.status}-title`} className="board-column-title">
              {t(`brokering.status.${column.status}`)}{' '}
              <span className="board-count" data-testid="column-count" data-value={column.count}>
                {n(column.count)}
              </span>
            </h3>
            <p className="board-column-meaning">{t(`brokering.status.${column.status}.meaning`)}</p>
            {column.introductions.length === 0 ? (
              <p className="board-empty">{t('brokering.board.empty')}</p>
            ) : (
              <>
                <ol className="board-cards">
                  {column.introductions.slice(0, expanded.has(column.status) ? undefined : COLUMN_PAGE).map((intro) => (
                    <IntroductionCardView key={intro.key} introduction={intro} editable={canMove(intro)} onChanged={changed} />
                  ))}
                </ol>
                {column.introductions.length > COLUMN_PAGE && !expanded.has(column.status) && (
                  <button type="button" className="button button-secondary button-small board-more" onClick={() => setExpanded((x) => new Set([...x, column.status]))}>
                    {t('brokering.board.showAll', { count: column.introductions.length })}
                  </button>
                )}
              </>
            )}
          </section>
        ))}
      </div>
    </section>
  );
}
