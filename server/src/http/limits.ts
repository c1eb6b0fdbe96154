/**
 * The GraphQL request limits, as named constants shared by the server, the docs and the tests.
 * Body sizes are checked from Content-Length before anything is read (411 without one, 413 above).
 */
export const MAX_BODY_BYTES = 1024 * 1024;

export const GRAPHQL_LIMITS = {
  /** selection depth (introspection excepted) */
  maxDepth: 15,
  /** aliases per operation */
  maxAliases: 30,
  /** directives per operation */
  maxDirectives: 20,
  /** lexer tokens per document */
  maxTokens: 5_000,
  /** graphql-armor cost: objects 2, scalars 1, times 1.5 per depth level */
  maxCost: 50_000,
} as const;
