/** A minimal GraphQL client: POST /graphql, typed by the operation's hand-written types. */
import { authHeaders } from '../auth/session.ts';

export interface GraphqlError {
  message: string;
  path?: (string | number)[];
  extensions?: Record<string, unknown>;
}

export class ApiError extends Error {
  constructor(
    message: string,
    readonly errors: GraphqlError[] = [],
    readonly status?: number,
  ) {
    super(message);
    this.name = 'ApiError';
  }

  /** true when the server's schema lacks a field or type the operation asked for */
  get isMissingApi(): boolean {
    return this.errors.some((e) => /Cannot query field|Unknown type|Unknown argument/.test(e.message));
  }
}

export interface Operation<TData, TVars> {
  /** the operation name, for logs and request tracing */
  name: string;
  document: string;
  /** phantom fields: carry the types, never set */
  readonly __data?: TData;
  readonly __vars?: TVars;
}

export function operation<TData, TVars = Record<string, never>>(name: string, document: string): Operation<TData, TVars> {
  return { name, document };
}

const ENDPOINT = '/graphql';

export async function request<TData, TVars>(op: Operation<TData, TVars>, variables: TVars, signal?: AbortSignal): Promise<TData> {
  let response: Response;
  try {
    response = await fetch(ENDPOINT, {
      method: 'POST',
      credentials: 'same-origin',
      // the session cookie alone is not enough: the server also wants the CSRF header
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json', ...authHeaders() },
      body: JSON.stringify({ operationName: op.name, query: op.document, variables }),
      ...(signal ? { signal } : {}),
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError(error instanceof Error ? error.message : String(error));
  }
  let body: { data?: TData | null; errors?: GraphqlError[] };
  try {
    body = (await response.json()) as typeof body;
  } catch {
    throw new ApiError(`HTTP ${response.status}`, [], response.status);
  }
  if (body.errors?.length) {
    throw new ApiError(body.errors.map((e) => e.message).join('; '), body.errors, response.status);
  }
  if (!response.ok || body.data == null) throw new ApiError(`HTTP ${response.status}`, [], response.status);
  return body.data;
}
