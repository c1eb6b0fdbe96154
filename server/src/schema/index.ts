/** Assembles the GraphQL schema: importing a type file registers its types, queries and mutations. */
import { lexicographicSortSchema, printSchema } from 'graphql';
import { builder } from './builder.ts';
import './errors.ts';
import './change.ts';
import './auth.ts';
import './audit.ts';
import './reference.ts';
import './organisation.ts';
import './tie.ts';
import './person.ts';
import './body.ts';
import './seat.ts';
import './collaboration.ts';
import './introduction.ts';
import './network.ts';
import './gaps.ts';
import './suggestions.ts';
import './metrics.ts';
import './imports.ts';
import './import-job.ts';
import './exports.ts';
import './survey.ts';
import './report.ts';

export const schema = builder.toSchema();

/** The SDL committed as schema.graphql; a test fails when it drifts from the code. */
export function printSchemaSdl(): string {
  return printSchema(lexicographicSortSchema(schema));
}
