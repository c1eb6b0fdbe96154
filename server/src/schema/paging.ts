import { GraphQLError } from 'graphql';
/** Relay connections over keyset-paged services: cursors are opaque, totals come with the page. */
import type { PageInfoShape } from '@pothos/plugin-relay';
import { resolveCursorConnection, type DefaultConnectionArguments } from '@pothos/plugin-relay';
import type { Page, PagedKeys } from '../services/paging.ts';

const PREFIX = 'key:';

export function encodeCursor(key: string): string {
  return Buffer.from(PREFIX + key, 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string | undefined): string | null {
  if (!cursor) return null;
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  if (!text.startsWith(PREFIX)) {
    throw new GraphQLError('That cursor is not one this API gave out', { extensions: { code: 'BAD_USER_INPUT' } });
  }
  return text.slice(PREFIX.length);
}

/**
 * Runs a keyset-paged service for a connection field, then loads the page's records in one batch.
 * `first`/`last` default to 50 and are capped at 500.
 */
export async function keyedConnection<T>(
  args: DefaultConnectionArguments,
  fetchKeys: (page: Page) => Promise<PagedKeys>,
  loadMany: (keys: string[]) => Promise<T[]>,
  keyOf: (value: T) => string,
): Promise<{ edges: { cursor: string; node: T }[]; pageInfo: PageInfoShape; totalCount: number }> {
  let total = 0;
  const connection = await resolveCursorConnection(
    { args, toCursor: (value: unknown) => encodeCursor(keyOf(value as T)), defaultSize: 50, maxSize: 500 },
    async ({ before, after, limit, inverted }) => {
      const result = await fetchKeys({ before: decodeCursor(before), after: decodeCursor(after), limit, inverted });
      total = result.total;
      return loadMany(result.keys);
    },
  );
  return { ...(connection as { edges: { cursor: string; node: T }[]; pageInfo: PageInfoShape }), totalCount: total };
}
