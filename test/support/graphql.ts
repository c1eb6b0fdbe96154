/** Calls the GraphQL API through yoga.fetch: real schema, real resolvers, real Neo4j, no socket. */
import type { Database } from '../../server/src/db/database.ts';
import { createGraphqlHandler } from '../../server/src/http/yoga.ts';

export interface GraphqlResult<T = Record<string, any>> {
  data?: T;
  errors?: { message: string; path?: string[]; extensions?: Record<string, unknown> }[];
}

export function graphqlClient(db: Database) {
  const yoga = createGraphqlHandler({ db, development: true });
  return async function gql<T = Record<string, any>>(query: string, variables: Record<string, unknown> = {}): Promise<GraphqlResult<T>> {
    const response = await yoga.fetch('http://cyswllt.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as GraphqlResult<T>;
  };
}
