/**
 * The GraphQL endpoint as a yoga instance, separate from any HTTP server (as in graphql-yoga's
 * examples), so tests call `yoga.fetch` without a socket.
 */
import { createYoga, maskError, type YogaServerInstance } from 'graphql-yoga';
import { GraphQLError } from 'graphql';
import { ConflictError, DatabaseUnavailableError, ForbiddenError, NotFoundError, ValidationError } from '../domain/errors.ts';
import type { Database } from '../db/database.ts';
import type { Context } from '../schema/context.ts';
import { schema } from '../schema/index.ts';

export interface YogaOptions {
  db: Database;
  /** GraphiQL and introspection; on by default outside production */
  development?: boolean;
}

export type CyswlltYoga = YogaServerInstance<Record<string, unknown>, Context>;

export function createGraphqlHandler(options: YogaOptions): CyswlltYoga {
  const development = options.development ?? process.env.NODE_ENV !== 'production';
  return createYoga<Record<string, unknown>, Context>({
    schema,
    graphqlEndpoint: '/graphql',
    graphiql: development ? { title: 'Cyswllt GraphQL' } : false,
    landingPage: false,
    // Unexpected errors reach clients as "Unexpected error." with no stack or driver message.
    maskedErrors: {
      maskError(error, message, isDev) {
        const original = error instanceof GraphQLError ? error.originalError : error;
        if (original instanceof DatabaseUnavailableError) {
          return new GraphQLError(original.message, { extensions: { code: 'DATABASE_UNAVAILABLE' } });
        }
        // Errors raised on purpose in a query (mutations return them as typed results) keep their words.
        if (original instanceof ValidationError) {
          return new GraphQLError(original.message, { extensions: { code: 'BAD_USER_INPUT', fieldErrors: original.fieldErrors } });
        }
        if (original instanceof NotFoundError) return new GraphQLError(original.message, { extensions: { code: 'NOT_FOUND' } });
        if (original instanceof ConflictError) return new GraphQLError(original.message, { extensions: { code: 'CONFLICT' } });
        if (original instanceof ForbiddenError) return new GraphQLError(original.message, { extensions: { code: 'FORBIDDEN' } });
        return maskError(error, message, isDev);
      },
    },
    context: () => ({ db: options.db, actor: 'anonymous' }),
    logging: development ? 'info' : 'warn',
  });
}
