/**
 * The Pothos schema builder, alone in its file (as in Pothos's examples/complex-app): every type
 * file imports it, and schema/index.ts imports every type file and builds the schema.
 */
import SchemaBuilder from '@pothos/core';
import DataloaderPlugin from '@pothos/plugin-dataloader';
import ErrorsPlugin from '@pothos/plugin-errors';
import RelayPlugin from '@pothos/plugin-relay';
import { GraphQLError } from 'graphql';
import { DateResolver, DateTimeResolver, EmailAddressResolver, URLResolver } from 'graphql-scalars';
import type { Context } from './context.ts';

export const builder = new SchemaBuilder<{
  Context: Context;
  Scalars: {
    /** graphql-scalars parses Date input to a JS Date (UTC midnight); see domain/dates.ts isoDate */
    Date: { Input: Date; Output: string | Date };
    DateTime: { Input: Date; Output: Date | string };
    /** graphql-scalars parses URL input to a WHATWG URL */
    URL: { Input: URL; Output: string | URL };
    EmailAddress: { Input: string; Output: string };
  };
  DefaultFieldNullability: false;
  /** every connection resolver returns its total, shown as `totalCount` */
  Connection: { totalCount: number };
}>({
  plugins: [ErrorsPlugin, RelayPlugin, DataloaderPlugin],
  defaultFieldNullability: false,
  relay: {},
  errors: { defaultTypes: [] },
});

builder.addScalarType('Date', DateResolver);
builder.addScalarType('DateTime', DateTimeResolver);
// graphql-scalars' URL parser lets `new URL()`'s TypeError escape, which yoga would mask as
// "Unexpected error."; turn it into the plain input error a client can act on.
builder.scalarType('URL', {
  description: URLResolver.description ?? 'A URL (WHATWG)',
  serialize: (value) => URLResolver.serialize(value) as string,
  parseValue: (value) => {
    try {
      return URLResolver.parseValue(value) as URL;
    } catch {
      throw new GraphQLError(`URL cannot represent an invalid URL: ${JSON.stringify(value)}`);
    }
  },
  parseLiteral: (ast) => {
    try {
      return URLResolver.parseLiteral(ast, {}) as URL;
    } catch {
      throw new GraphQLError('URL cannot represent an invalid URL', { nodes: ast });
    }
  },
});
builder.addScalarType('EmailAddress', EmailAddressResolver);

builder.queryType({});
builder.mutationType({});

builder.globalConnectionField('totalCount', (t) =>
  t.int({ description: 'How many items match, across all pages', resolve: (connection) => connection.totalCount }),
);
