/**
 * The yoga plugins that harden /graphql: graphql-armor depth, alias, directive, token and cost
 * limits; introspection off in production (unless CYSWLLT_INTROSPECTION=true); an optional
 * allow-list of operations (CYSWLLT_ALLOWED_OPERATIONS=manifest.json) that refuses anything else.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { costLimitPlugin } from '@escape.tech/graphql-armor-cost-limit';
import { maxAliasesPlugin } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthPlugin } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesPlugin } from '@escape.tech/graphql-armor-max-directives';
import { maxTokensPlugin } from '@escape.tech/graphql-armor-max-tokens';
import { GraphQLError, NoSchemaIntrospectionCustomRule } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { GRAPHQL_LIMITS } from './limits.ts';

export function introspectionAllowed(env: NodeJS.ProcessEnv = process.env): boolean {
  if (env.CYSWLLT_INTROSPECTION === 'true') return true;
  if (env.CYSWLLT_INTROSPECTION === 'false') return false;
  return env.NODE_ENV !== 'production';
}

export function armorPlugins(): Plugin[] {
  // exposeLimits: false keeps the configured numbers out of error messages
  return [
    maxTokensPlugin({ n: GRAPHQL_LIMITS.maxTokens, exposeLimits: false, errorMessage: 'Query too large: too many tokens' }),
    maxDepthPlugin({ n: GRAPHQL_LIMITS.maxDepth, exposeLimits: false, flattenFragments: true, errorMessage: 'Query too deep' }),
    maxAliasesPlugin({ n: GRAPHQL_LIMITS.maxAliases, exposeLimits: false, errorMessage: 'Query has too many aliases' }),
    maxDirectivesPlugin({ n: GRAPHQL_LIMITS.maxDirectives, exposeLimits: false, errorMessage: 'Query has too many directives' }),
    costLimitPlugin({ maxCost: GRAPHQL_LIMITS.maxCost, exposeLimits: false, errorMessage: 'Query too costly' }),
  ] as Plugin[];
}

export function noIntrospectionPlugin(): Plugin {
  return {
    onValidate({ addValidationRule }) {
      addValidationRule(NoSchemaIntrospectionCustomRule);
    },
  };
}

export const sha256Hex = (text: string) => createHash('sha256').update(text).digest('hex');

/**
 * A manifest of allowed operations: either `["<sha256 of document>", ...]` or
 * `{ "<sha256>": "<document>" }` (then clients may send only
 * `extensions.persistedQuery.sha256Hash`, as Apollo's persisted queries do).
 */
export function loadOperationManifest(path: string): Map<string, string | null> {
  const parsed = JSON.parse(readFileSync(path, 'utf8')) as unknown;
  const allowed = new Map<string, string | null>();
  if (Array.isArray(parsed)) for (const hash of parsed) allowed.set(String(hash), null);
  else if (parsed && typeof parsed === 'object') {
    for (const [hash, document] of Object.entries(parsed as Record<string, unknown>)) {
      if (typeof document === 'string' && sha256Hex(document) !== hash) throw new Error(`Operation manifest ${path}: the document of ${hash} does not hash to it`);
      allowed.set(hash, typeof document === 'string' ? document : null);
    }
  } else throw new Error(`Operation manifest ${path} must be a JSON array of hashes or an object of hash -> document`);
  return allowed;
}

export function allowedOperationsPlugin(allowed: Map<string, string | null>): Plugin {
  const refuse = () =>
    new GraphQLError('This server only runs its allow-listed operations', { extensions: { code: 'OPERATION_NOT_ALLOWED', http: { status: 400 } } });
  return {
    onParams({ params, setParams }) {
      const sent = (params.extensions as { persistedQuery?: { sha256Hash?: unknown } } | undefined)?.persistedQuery?.sha256Hash;
      if (!params.query && typeof sent === 'string') {
        const document = allowed.get(sent);
        if (!document) throw refuse();
        setParams({ ...params, query: document });
        return;
      }
      if (typeof params.query !== 'string' || !allowed.has(sha256Hex(params.query))) throw refuse();
    },
  };
}

export function operationAllowListFromEnv(env: NodeJS.ProcessEnv = process.env): Plugin[] {
  return env.CYSWLLT_ALLOWED_OPERATIONS ? [allowedOperationsPlugin(loadOperationManifest(env.CYSWLLT_ALLOWED_OPERATIONS))] : [];
}
