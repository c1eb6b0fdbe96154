/** Keyset paging by stable key, shared by every list: what Pothos's resolveCursorConnection asks for. */
export interface Page {
  after: string | null;
  before: string | null;
  /** rows to fetch (Pothos asks for one more than it shows, to know if there is a next page) */
  limit: number;
  /** true for last/before: rows come nearest-the-cursor first */
  inverted: boolean;
}

export interface PagedKeys {
  total: number;
  keys: string[];
}

/** Query parameters for a page: LIMIT must travel as an Integer. */
export function pageParams(page: Page): Record<string, unknown> {
  return { after: page.after, before: page.before, limit: Math.max(0, Math.trunc(page.limit)), inverted: page.inverted };
}
