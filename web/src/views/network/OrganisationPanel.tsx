/** The card for a selected organisation: what it is, where it works, and its ties in this view. */
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useAppData, useNames } from '../../api/app-data.tsx';
import type { Network, NetworkNode } from '../../api/network.ts';
import { useEnumLabel, useI18n } from '../../i18n/i18n.tsx';
import { RecordTie } from '../../editing/RecordTie.tsx';
import { ConnectionPaths } from './ConnectionPaths.tsx';
import { OrganisationDetails } from './OrganisationDetails.tsx';

export interface OrganisationPanelProps {
  node: NetworkNode;
  network: Network;
  onClose: () => void;
  onSelect: (id: string) => void;
  onFocus: () => void;
  /** opens the ego network around this organisation, `depth` ties deep */
  onEgo: (depth: number) => void;
  onPaths: (organisationIds: string[]) => void;
  asOf: string | null;
  /** after a write on the card (a tie recorded): the view reloads its network */
  onChanged?: () => void;
}

export function OrganisationPanel({ node, network, onClose, onSelect, onFocus, onEgo, onPaths, asOf, onChanged }: OrganisationPanelProps) {
  const { t, name, lang } = useI18n();
  const { capabilities } = useAppData();
  const [depth, setDepth] = useState(1);
  const [refresh, setRefresh] = useState(0);
  const depthId = useId();
  const names = useNames();
  const enumLabel = useEnumLabel();
  const headingRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    headingRef.current?.focus();
  }, [node.id]);

  const byId = useMemo(() => new Map(network.nodes.map((n) => [n.id, n])), [network]);
  const ties = useMemo(() => {
    const collator = new Intl.Collator(lang === 'cy' ? 'cy' : 'en-GB');
    return network.edges
      .filter((e) => e.source === node.id || e.target === node.id)
      .map((e) => ({ edge: e, partner: byId.get(e.source === node.id ? e.target : e.source) }))
      .filter((x): x is { edge: (typeof network.edges)[number]; partner: NetworkNode } => !!x.partner)
      .sort((a, b) => collator.compare(name(a.partner.name, a.partner.nameCy), name(b.partner.name, b.partner.nameCy)));
  }, [network, node.id, byId, name, lang]);

  const otherName = lang === 'cy' ? node.name : node.nameCy;
  return (
    <aside className="org-panel" aria-labelledby="org-panel-title" data-testid="organisation-panel">
      <div className="org-panel-head">
        <p className="eyebrow">{t('org.title')}</p>
        <button type="button" className="icon-button" onClick={onClose} aria-label={t('org.close')}>
          <span aria-hidden="true">×</span>
        </button>
      </div>
      <h2 id="org-panel-title" ref={headingRef} tabIndex={-1}>
        {name(node.name, node.nameCy)}
      </h2>
      {otherName && otherName !== name(node.name, node.nameCy) && (
        <p className="org-other-name" lang={lang === 'cy' ? 'en' : 'cy'}>
          {otherName}
        </p>
      )}
      <dl className="facts">
        <dt>{t('org.kind')}</dt>
        <dd>{enumLabel('kind', node.kind)}</dd>
        <dt>{t('org.sector')}</dt>
        <dd>{names.sector(node.sectorId)}</dd>
        <dt>{t('org.areas')}</dt>
        <dd>{node.areaIds.map(names.area).join(', ') || '–'}</dd>
        {node.themeIds.length > 0 && (
          <>
            <dt>{t('org.themes')}</dt>
            <dd>
              <ul className="chips">
                {node.themeIds.map((id) => (
                  <li key={id} className="chip">
                    {names.theme(id)}
                  </li>
                ))}
              </ul>
            </dd>
          </>
        )}
      </dl>
      <OrganisationDetails key={`details-${node.id}`} id={node.id} asOf={asOf} refresh={refresh} />
      <div className="panel-actions">
        <button type="button" className="button button-secondary" onClick={onFocus}>
          {t('org.focus')}
        </button>
        {capabilities?.queries.has('suggestions') && (
          <a className="button button-secondary" href={`#/suggestions?organisation=${encodeURIComponent(node.id)}`} data-testid="suggest-partners">
            {t('brokering.suggestPartners')}
          </a>
        )}
        {capabilities?.queries.has('egoNetwork') && (
          <div className="ego-control">
            <label htmlFor={depthId} className="visually-hidden">
              {t('ego.depth')}
            </label>
            <select id={depthId} value={depth} onChange={(e) => setDepth(Number(e.target.value))}>
              {[1, 2, 3].map((d) => (
                <option key={d} value={d}>
                  {t(`ego.depth${d as 1 | 2 | 3}`)}
                </option>
              ))}
            </select>
            <button type="button" className="button" onClick={() => onEgo(depth)}>
              {t('ego.show')}
            </button>
          </div>
        )}
      </div>
      <h3>{t('org.ties', { count: ties.length })}</h3>
      {ties.length === 0 ? (
        <p className="muted">{t('org.noTies')}</p>
      ) : (
        <ul className="tie-list">
          {ties.map(({ edge, partner }) => (
            <li key={edge.id}>
              <button type="button" className="link-button" onClick={() => onSelect(partner.id)}>
                {name(partner.name, partner.nameCy)}
              </button>
              <span className="tie-meta">
                {enumLabel('tie', edge.kind)}
                {edge.trust != null && edge.value != null ? ` · ${t('org.rating', { trust: edge.trust, value: edge.value })}` : ''}
              </span>
            </li>
          ))}
        </ul>
      )}
      <RecordTie
        key={`record-tie-${node.id}`}
        organisation={node}
        asOf={asOf}
        onRecorded={() => {
          setRefresh((r) => r + 1);
          onChanged?.();
        }}
      />
      {capabilities?.queries.has('connectionPaths') && <ConnectionPaths from={node} nodes={network.nodes} asOf={asOf} onPaths={onPaths} />}
    </aside>
  );
}
