/** "How are these two connected": shortest paths through ties, people, seats and bodies. */
import { useId, useState } from 'react';
import { ApiError, request } from '../../api/client.ts';
import { CONNECTION_PATHS_QUERY, type ConnectionPath } from '../../api/ego.ts';
import type { NetworkNode } from '../../api/network.ts';
import { isMessageKey, useEnumLabel, useI18n } from '../../i18n/i18n.tsx';
import { findNode } from './SearchBox.tsx';

export interface ConnectionPathsProps {
  from: NetworkNode;
  nodes: NetworkNode[];
  asOf: string | null;
  /** organisation ids on the paths found, to highlight on the canvas */
  onPaths: (organisationIds: string[]) => void;
}

type State = { status: 'idle' } | { status: 'loading' } | { status: 'done'; paths: ConnectionPath[]; to: NetworkNode } | { status: 'error'; message: string };

export function ConnectionPaths({ from, nodes, asOf, onPaths }: ConnectionPathsProps) {
  const { t, name } = useI18n();
  const enumLabel = useEnumLabel();
  const [query, setQuery] = useState('');
  const [state, setState] = useState<State>({ status: 'idle' });
  const listId = useId();
  const inputId = useId();
  const known = (prefix: string, value: string): string => {
    const key = `${prefix}.${value}`;
    return isMessageKey(key) ? t(key) : value;
  };

  const submit = async () => {
    const to = findNode(nodes.filter((n) => n.id !== from.id), query);
    if (!to) {
      setState({ status: 'error', message: t('path.unknown', { query }) });
      return;
    }
    setState({ status: 'loading' });
    try {
      const data = await request(CONNECTION_PATHS_QUERY, { from: from.id, to: to.id, asOf, limit: 3 });
      setState({ status: 'done', paths: data.connectionPaths, to });
      onPaths([...new Set(data.connectionPaths.flatMap((p) => p.steps.filter((s) => s.label === 'Organisation').map((s) => s.key)))]);
    } catch (e) {
      setState({ status: 'error', message: e instanceof ApiError || e instanceof Error ? e.message : String(e) });
    }
  };

  return (
    <section className="paths" aria-labelledby={`${inputId}-title`}>
      <h3 id={`${inputId}-title`}>{t('path.title')}</h3>
      <form
        className="paths-form"
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <label htmlFor={inputId}>{t('path.to')}</label>
        <div className="search-row">
          <input id={inputId} type="search" list={listId} value={query} autoComplete="off" onChange={(e) => setQuery(e.target.value)} />
          <datalist id={listId}>
            {nodes.slice(0, 2000).map((n) => (
              <option key={n.id} value={name(n.name, n.nameCy)} />
            ))}
          </datalist>
          <button type="submit" className="button button-secondary">
            {t('path.go')}
          </button>
        </div>
      </form>
      <div role="status" aria-live="polite" data-testid="connection-paths">
        {state.status === 'loading' && <p>{t('app.loading')}</p>}
        {state.status === 'error' && <p className="error-text">{state.message}</p>}
        {state.status === 'done' && state.paths.length === 0 && (
          <p>{t('path.none', { from: name(from.name, from.nameCy), to: name(state.to.name, state.to.nameCy) })}</p>
        )}
        {state.status === 'done' &&
          state.paths.map((path, i) => (
            <div key={i} className="path">
              <p className="path-title">{t('path.length', { index: i + 1, length: path.length })}</p>
              <ol className="path-steps">
                {path.steps.map((step, j) => {
                  const link = j > 0 ? path.links[j - 1] : undefined;
                  return (
                    <li key={`${step.key}-${j}`}>
                      {link && (
                        <span className="path-link">
                          {t('path.via', { link: link.type === 'TIE' && link.kind ? enumLabel('tie', link.kind) : known('link', link.type) })}
                        </span>
                      )}
                      <span className="path-step">
                        <span className="path-kind">{known('path.label', step.label)}</span> {step.name ?? step.key}
                        {step.role ? ` (${step.role})` : ''}
                      </span>
                    </li>
                  );
                })}
              </ol>
            </div>
          ))}
      </div>
    </section>
  );
}
