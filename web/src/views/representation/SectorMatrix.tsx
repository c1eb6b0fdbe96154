/** Bodies (rows) against sectors (columns): how many seats each body gives each sector. */
import { useNames } from '../../api/app-data.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import type { SectorMatrix as Matrix } from './model.ts';

export function SectorMatrix({ matrix, date }: { matrix: Matrix; date: string }) {
  const { t, n, name } = useI18n();
  const names = useNames();
  const sectorName = (key: string | null) => (key ? names.sector(key) : t('representation.notStated'));
  return (
    <div className="table-scroll panel-table rep-matrix-wrap" tabIndex={0} role="region" aria-labelledby="rep-matrix-caption">
      <table className="data-table rep-matrix" data-testid="sector-matrix">
        <caption id="rep-matrix-caption">
          <span className="caption-title">{t('representation.matrix.caption')}</span>
          <span className="caption-note">{t('representation.matrix.note', { date })}</span>
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('representation.matrix.body')}</th>
            {matrix.sectors.map((s) => (
              <th key={s ?? 'none'} scope="col" className="num" data-sector={s ?? ''}>
                {sectorName(s)}
              </th>
            ))}
            <th scope="col" className="num">
              {t('representation.matrix.total')}
            </th>
          </tr>
        </thead>
        <tbody>
          {matrix.rows.map((row) => (
            <tr key={row.body.key} data-testid="matrix-row" data-body={row.body.key} data-total={row.total}>
              <th scope="row">{name(row.body.name, row.body.nameCy)}</th>
              {row.counts.map((count, i) => (
                <td key={matrix.sectors[i] ?? 'none'} className={`num${count === 0 ? ' muted' : ''}`} data-sector={matrix.sectors[i] ?? ''} data-count={count}>
                  {count === 0 ? (
                    <>
                      <span aria-hidden="true">–</span>
                      <span className="visually-hidden">0</span>
                    </>
                  ) : (
                    n(count)
                  )}
                </td>
              ))}
              <td className="num">{n(row.total)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr data-testid="matrix-total" data-total={matrix.total}>
            <th scope="row">{t('representation.matrix.total')}</th>
            {matrix.columnTotals.map((count, i) => (
              <td key={matrix.sectors[i] ?? 'none'} className="num" data-sector={matrix.sectors[i] ?? ''} data-total={count}>
                {n(count)}
              </td>
            ))}
            <td className="num">{n(matrix.total)}</td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
