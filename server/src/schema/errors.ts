/**
 * Typed errors (plugin-errors): a mutation that fails on purpose returns one of these as its result,
 * never a stack trace or a raw driver message. Anything else is masked by yoga.
 */
import {
  ConflictError,
  DatabaseUnavailableError,
  ForbiddenError,
  NotFoundError,
  ValidationError,
  type FieldError,
} from '../domain/errors.ts';
import { builder } from './builder.ts';

export const ErrorInterface = builder.interfaceRef<Error>('Error').implement({
  description: 'Something the request asked for could not be done; `message` says why in plain words',
  fields: (t) => ({ message: t.exposeString('message') }),
});

const FieldErrorRef = builder.objectRef<FieldError>('FieldError').implement({
  description: 'One invalid input field: its path (e.g. ["input", "sectorId"]) and what is wrong with it',
  fields: (t) => ({
    path: t.stringList({ resolve: (e) => e.path.map(String) }),
    message: t.exposeString('message'),
  }),
});

builder.objectType(ValidationError, {
  name: 'ValidationError',
  interfaces: [ErrorInterface],
  isTypeOf: (e) => e instanceof ValidationError,
  fields: (t) => ({ fieldErrors: t.field({ type: [FieldErrorRef], resolve: (e) => e.fieldErrors }) }),
});

builder.objectType(NotFoundError, {
  name: 'NotFoundError',
  interfaces: [ErrorInterface],
  isTypeOf: (e) => e instanceof NotFoundError,
  fields: (t) => ({ entityType: t.exposeString('entityType'), key: t.exposeString('entityId') }),
});

const ConflictReasonEnum = builder.enumType('ConflictReason', {
  values: ['duplicate', 'stale_version', 'already_ended', 'invalid_transition'] as const,
});

builder.objectType(ConflictError, {
  name: 'ConflictError',
  interfaces: [ErrorInterface],
  isTypeOf: (e) => e instanceof ConflictError,
  fields: (t) => ({ reason: t.field({ type: ConflictReasonEnum, resolve: (e) => e.reason }) }),
});

builder.objectType(ForbiddenError, {
  name: 'ForbiddenError',
  interfaces: [ErrorInterface],
  isTypeOf: (e) => e instanceof ForbiddenError,
  fields: () => ({}),
});

builder.objectType(DatabaseUnavailableError, {
  name: 'DatabaseUnavailableError',
  interfaces: [ErrorInterface],
  isTypeOf: (e) => e instanceof DatabaseUnavailableError,
  fields: () => ({}),
});

/** The error results every mutation may return. */
export const MUTATION_ERRORS = [ValidationError, NotFoundError, ConflictError, ForbiddenError, DatabaseUnavailableError];
