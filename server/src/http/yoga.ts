/**
 * The GraphQL endpoint as a yoga instance, separate from any HTTP server (as in graphql-yoga's
 * examples), so tests call `yoga.fetch` without a socket.
 */
import { createYoga, maskError, type Plugin, type YogaServerInstance } from 'graphql-yoga';
import { GraphQLError } from 'graphql';
import type { Actor } from '../auth/actor.ts';
import { allowedOrigins, authenticate, CSRF_HEADER, InvalidCredentialsError } from '../auth/authenticate.ts';
import { secureSchema } from '../auth/enforce.ts';
import { ConflictError, DatabaseUnavailableError, ForbiddenError, NotFoundError, ValidationError } from '../domain/errors.ts';
import type { Database } from '../db/database.ts';
import type { Context } from '../schema/context.ts';
import { schema } from '../schema/index.ts';
import { armorPlugins, introspectionAllowed, noIntrospectionPlugin, operationAllowListFromEnv } from './hardening.ts';
import { rateLimitsFromEnv, type RateLimiter } from './rate-limit.ts';

export interface YogaOptions {
  db: Database;
  /** GraphiQL and introspection; on by default outside production */
  development?: boolean;
  /**
   * In-process callers only (tests, proof scripts): act as this actor instead of reading the
   * request's credentials. Never set from anything a request carries.
   */
  actAs?: Actor;
  /** schema introspection; default: off when NODE_ENV=production unless CYSWLLT_INTROSPECTION=true */
  introspection?: boolean;
  /** per-user request budget (default from env, see http/rate-limit.ts); null = none */
  perUserLimit?: RateLimiter | null;
  /** extra yoga plugins (e.g. an operation allow-list); default from CYSWLLT_ALLOWED_OPERATIONS */
  plugins?: Plugin[];
}

export type CyswlltYoga = YogaServerInstance<Record<string, unknown>, Context>;

export function createGraphqlHandler(options: YogaOptions): CyswlltYoga {
  const development = options.development ?? process.env.NODE_ENV !== 'production';
  const introspection = options.introspection ?? introspectionAllowed();
  const perUser = options.perUserLimit === undefined ? rateLimitsFromEnv().perUser : options.perUserLimit;
  const origins = allowedOrigins();
  return createYoga<Record<string, unknown>, Context>({
    schema: secureSchema(schema),
    graphqlEndpoint: '/graphql',
    graphiql: development && introspection ? { title: 'Cyswllt GraphQL' } : false,
    // Same origin only, unless CYSWLLT_CORS_ORIGINS lists others (then with credentials).
    cors: (request) => {
      const origin = request.headers.get('origin');
      if (!origin || !origins.includes(origin)) return false;
      return { origin: [origin], credentials: true, allowedHeaders: ['content-type', 'authorization', CSRF_HEADER], methods: ['GET', 'POST'] };
    },
    plugins: [...armorPlugins(), ...(introspection ? [] : [noIntrospectionPlugin()]), ...(options.plugins ?? operationAllowListFromEnv())],
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
    context: async ({ request }) => {
      let auth: Actor;
      try {
        auth = options.actAs ?? (await authenticate(options.db, request));
      } catch (error) {
        if (error instanceof InvalidCredentialsError) {
          throw new GraphQLError(error.message, { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
        }
        throw error;
      }
      if (auth.user && perUser && !perUser.take(auth.id)) {
        throw new GraphQLError('Too many requests; slow down and try again shortly', {
          extensions: { code: 'RATE_LIMITED', http: { status: 429, headers: { 'retry-after': String(perUser.retryAfter(auth.id)) } } },
        });
      }
      return { db: options.db, actor: auth.id, auth };
    },
    logging: development ? 'info' : 'warn',
  });
}
