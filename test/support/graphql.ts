/** Calls the GraphQL API through yoga.fetch: real schema, real resolvers, real Neo4j, no socket. */
import { ANONYMOUS, trustedActor, type Actor, type Role } from '../../server/src/auth/actor.ts';
import type { Database } from '../../server/src/db/database.ts';
import { createGraphqlHandler } from '../../server/src/http/yoga.ts';

export interface GraphqlResult<T = Record<string, any>> {
  data?: T;
  errors?: { message: string; path?: string[]; extensions?: Record<string, unknown> }[];
}

/** The audit id the default test client acts as (an admin) */
export const TEST_ADMIN_ID = 'user-test-admin';

export interface ClientOptions {
  /** who the client acts as: an admin by default; a role (with scopes), an actor, or 'anonymous' */
  as?: Role | Actor | 'anonymous';
  areaScopes?: string[];
  bodyScopes?: string[];
  /** extra request headers (e.g. Authorization: Bearer …); with them the request's own credentials count */
  headers?: Record<string, string>;
}

function actorFor(options: ClientOptions): Actor | undefined {
  if (options.headers) return undefined;
  const as = options.as ?? 'admin';
  if (as === 'anonymous') return ANONYMOUS;
  if (typeof as === 'object') return as;
  const scopes = { areaScopes: options.areaScopes ?? [], bodyScopes: options.bodyScopes ?? [] };
  return trustedActor(as, scopes, as === 'admin' && !options.areaScopes ? TEST_ADMIN_ID : `user-test-${as}`);
}

export function graphqlClient(db: Database, options: ClientOptions = {}) {
  const actAs = actorFor(options);
  const yoga = createGraphqlHandler({ db, development: true, perUserLimit: null, ...(actAs ? { actAs } : {}) });
  return async function gql<T = Record<string, any>>(query: string, variables: Record<string, unknown> = {}): Promise<GraphqlResult<T>> {
    const response = await yoga.fetch('http://cyswllt.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', ...(options.headers ?? {}) },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as GraphqlResult<T>;
  };
}
