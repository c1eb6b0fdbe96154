/**
 * The accessible alternative to the canvas: the same organisations and ties as HTML tables, with
 * captions, column headers and a button per organisation that opens its card. With the gaps overlay
 * on, the organisations it highlights come first, marked (data-highlighted) and described in a column.
 */
import { useMemo, useState } from 'react';
import { useNames } from '../../api/app-data.tsx';
import type { Network } from '../../api/network.ts';
import { degrees } from '../../graph/elements.ts';
import { useEnumLabel, useI18n } from '../../i18n/i18n.tsx';
import { OVERLAY_MARKS, type OverlayMark } from './overlay/overlay-model.ts';

const PAGE = 1000;

type Tab = 'organisations' | 'ties';

export interface TableOverlay {
  marks: Map<string, Set<OverlayMark>>;
  highlighted: Set<string>;
}

export function NetworkTable({ network, onSelect, overlay }: { network: Network; onSelect: (id: string) => void; overlay?: TableOverlay | null }) {
  const { t, n, name, lang, date } = useI18n();
  const names = useNames();
  const enumLabel = useEnumLabel();
  const [tab, setTab] = useState<Tab>('organisations');
  const [limit, setLimit] = useState(PAGE);

  const deg = useMemo(() => degrees(network), [network]);
  const byId = useMemo(() => new Map(network.nodes.map((node) => [node.id, node])), [network]);
  const collator = useMemo(() => new Intl.Collator(lang === 'cy' ? 'cy' : 'en-GB'), [lang]);
  const rows = useMemo(() => {
    const marked = (id: string) => (overlay?.highlighted.has(id) ? 0 : overlay?.marks.has(id) ? 1 : 2);
    return [...network.nodes].sort((a, b) => marked(a.id) - marked(b.id) || collator.compare(name(a.name, a.nameCy), name(b.name, b.nameCy)));
  }, [network, collator, name, overlay]);
  const marksText = (id: string) => {
    const marks = overlay?.marks.get(id);
    return marks ? OVERLAY_MARKS.filter((m) => marks.has(m)).map((m) => t(`gaps.mark.${m}`)).join('; ') : '';
  };
  const label = (id: string) => {
    const node = byId.get(id);
    return node ? name(node.name, node.nameCy) : id;
  };
  const total = tab === 'organisations' ? rows.length : network.edges.length;
  const shown = Math.min(limit, total);

  return (
    <div className="table-view">
      <div className="tabs" role="group" aria-label={t('display.table')}>
        {(['organisations', 'ties'] as const).map((key) => (
          <button
            key={key}
            type="button"
            className="tab"
            aria-pressed={tab === key}
            onClick={() => {
              setTab(key);
              setLimit(PAGE);
            }}
          >
            {t(key === 'organisations' ? 'table.organisations' : 'table.ties')}
          </button>
        ))}
      </div>
      <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="network-table-caption">
        {tab === 'organisations' ? (
          <table className="data-table" data-testid="organisations-table">
            <caption id="network-table-caption">{t('table.caption.organisations', { count: rows.length })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('table.name')}</th>
                <th scope="col">{t('table.kind')}</th>
                <th scope="col">{t('table.sector')}</th>
                <th scope="col">{t('table.areas')}</th>
                <th scope="col" className="num">
                  {t('table.degree')}
                </th>
                {overlay && <th scope="col">{t('gaps.table.column')}</th>}
              </tr>
            </thead>
            <tbody>
              {rows.slice(0, limit).map((node) => (
                <tr
                  key={node.id}
                  data-id={node.id}
                  data-highlighted={overlay?.highlighted.has(node.id) ? 'true' : undefined}
                  className={overlay?.highlighted.has(node.id) ? 'row-highlighted' : overlay?.marks.has(node.id) ? 'row-context' : undefined}
                >
                  <th scope="row">
                    <button type="button" className="link-button" onClick={() => onSelect(node.id)}>
                      {name(node.name, node.nameCy)}
                    </button>
                  </th>
                  <td>{enumLabel('kind', node.kind)}</td>
                  <td>{names.sector(node.sectorId)}</td>
                  <td>{node.areaIds.map(names.area).join(', ')}</td>
                  <td className="num">{n(deg.get(node.id) ?? 0)}</td>
                  {overlay && <td>{marksText(node.id)}</td>}
                </tr>
              ))}
            </tbody>
          </table>
        ) : (
          <table className="data-table" data-testid="ties-table">
            <caption id="network-table-caption">{t('table.caption.ties', { count: network.edges.length })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('table.from')}</th>
                <th scope="col">{t('table.to')}</th>
                <th scope="col">{t('table.tieKind')}</th>
                <th scope="col" className="num">
                  {t('table.trust')}
                </th>
                <th scope="col" className="num">
                  {t('table.value')}
                </th>
                <th scope="col">{t('table.since')}</th>
                <th scope="col">{t('table.origin')}</th>
              </tr>
            </thead>
            <tbody>
              {network.edges.slice(0, limit).map((edge) => (
                <tr key={edge.id}>
                  <td>{label(edge.source)}</td>
                  <td>{label(edge.target)}</td>
                  <td>{enumLabel('tie', edge.kind)}</td>
                  <td className="num">{edge.trust ?? '–'}</td>
                  <td className="num">{edge.value ?? '–'}</td>
                  <td>{edge.since ? date(edge.since) : '–'}</td>
                  <td>{enumLabel('origin', edge.origin)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </div>
      <div className="table-footer">
        <span>{t('table.shown', { shown, total })}</span>
        {shown < total && (
          <button type="button" className="button button-secondary" onClick={() => setLimit((l) => l + PAGE)}>
            {t('table.showMore', { count: Math.min(PAGE, total - shown) })}
          </button>
        )}
      </div>
    </div>
  );
}
