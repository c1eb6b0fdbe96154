/** Find an organisation in the current view by name and focus it. */
import { useId, useState } from 'react';
import type { NetworkNode } from '../../api/network.ts';
import { useI18n } from '../../i18n/i18n.tsx';

export function findNode(nodes: NetworkNode[], query: string): NetworkNode | undefined {
  const q = query.trim().toLocaleLowerCase();
  if (!q) return undefined;
  const names = (n: NetworkNode) => [n.name, n.nameCy ?? ''].map((s) => s.toLocaleLowerCase());
  return (
    nodes.find((n) => names(n).includes(q)) ??
    nodes.find((n) => names(n).some((s) => s.startsWith(q))) ??
    nodes.find((n) => names(n).some((s) => s.includes(q)))
  );
}

export function SearchBox({ nodes, onFound }: { nodes: NetworkNode[]; onFound: (node: NetworkNode) => void }) {
  const { t, name } = useI18n();
  const [query, setQuery] = useState('');
  const [message, setMessage] = useState('');
  const listId = useId();
  return (
    <form
      className="search-box"
      onSubmit={(e) => {
        e.preventDefault();
        const hit = findNode(nodes, query);
        if (hit) {
          setMessage(t('search.found', { name: name(hit.name, hit.nameCy) }));
          onFound(hit);
        } else {
          setMessage(t('search.notFound', { query }));
        }
      }}
    >
      <label htmlFor="network-search">{t('search.label')}</label>
      <div className="search-row">
        <input
          id="network-search"
          type="search"
          list={listId}
          value={query}
          placeholder={t('search.placeholder')}
          autoComplete="off"
          onChange={(e) => setQuery(e.target.value)}
        />
        <datalist id={listId}>
          {nodes.slice(0, 2000).map((n) => (
            <option key={n.id} value={name(n.name, n.nameCy)} />
          ))}
        </datalist>
        <button type="submit" className="button">
          {t('search.go')}
        </button>
      </div>
      <p className="search-message" role="status" aria-live="polite">
        {message}
      </p>
    </form>
  );
}
