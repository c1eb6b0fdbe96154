/**
 * The errors a service may throw on purpose. The API turns each into a typed GraphQL result
 * (plugin-errors); anything else is unexpected and reaches clients masked.
 */
export interface FieldError {
  /** the input field, e.g. ["input", "sectorId"] or ["rows", 3, "trust"] */
  path: (string | number)[];
  message: string;
}

export class ValidationError extends Error {
  constructor(readonly fieldErrors: FieldError[]) {
    super(
      fieldErrors.length === 1
        ? `Invalid ${fieldErrors[0]!.path.join('.')}: ${fieldErrors[0]!.message}`
        : `${fieldErrors.length} fields are invalid: ${fieldErrors.map((e) => e.path.join('.')).join(', ')}`,
    );
    this.name = 'ValidationError';
  }
}

export class NotFoundError extends Error {
  constructor(readonly entityType: string, readonly entityId: string) {
    super(`No ${entityType} with id "${entityId}"`);
    this.name = 'NotFoundError';
  }
}

export type ConflictReason = 'duplicate' | 'stale_version' | 'already_ended' | 'invalid_transition';

export class ConflictError extends Error {
  constructor(readonly reason: ConflictReason, message: string) {
    super(message);
    this.name = 'ConflictError';
  }
}

export class ForbiddenError extends Error {
  constructor(message = 'You are not allowed to do that') {
    super(message);
    this.name = 'ForbiddenError';
  }
}

/** Neo4j could not be reached: a clear, retryable answer instead of a masked error. */
export class DatabaseUnavailableError extends Error {
  constructor() {
    super('The database is unavailable right now; please try again shortly.');
    this.name = 'DatabaseUnavailableError';
  }
}
