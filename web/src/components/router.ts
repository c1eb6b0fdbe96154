/** Hash routing: #/network?area=area-cardiff. Views and their query parameters live in the hash. */
import { useCallback, useSyncExternalStore } from 'react';

export const VIEWS = ['network', 'gaps', 'suggestions', 'introductions', 'representation', 'dashboard', 'data'] as const;
/** pages reached from the header, not the main navigation */
export const PAGES = [...VIEWS, 'sign-in', 'audit'] as const;
export type ViewName = (typeof PAGES)[number];

export interface Route {
  view: ViewName | 'not-found';
  params: URLSearchParams;
}

export function parseHash(hash: string): Route {
  const raw = hash.replace(/^#\/?/, '');
  const [path = '', query = ''] = raw.split('?');
  const name = path.replace(/\/$/, '') || 'network';
  const view = (PAGES as readonly string[]).includes(name) ? (name as ViewName) : 'not-found';
  return { view, params: new URLSearchParams(query) };
}

export function hrefFor(view: ViewName, params?: Record<string, string | null | undefined>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params ?? {})) if (v) q.set(k, v);
  const s = q.toString();
  return `#/${view}${s ? `?${s}` : ''}`;
}

function subscribe(callback: () => void): () => void {
  window.addEventListener('hashchange', callback);
  return () => window.removeEventListener('hashchange', callback);
}

export type Navigate = (view: ViewName, params?: Record<string, string | null | undefined>, replace?: boolean) => void;

/** What App passes every view: where we are, and how to go elsewhere */
export interface ViewProps {
  route: Route;
  navigate: Navigate;
}

export function useRoute(): [Route, Navigate] {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash);
  const navigate = useCallback((view: ViewName, params?: Record<string, string | null | undefined>, replace = false) => {
    const href = hrefFor(view, params);
    if (replace) {
      history.replaceState(null, '', href);
      window.dispatchEvent(new HashChangeEvent('hashchange'));
    } else {
      window.location.hash = href;
    }
  }, []);
  return [parseHash(hash), navigate];
}
