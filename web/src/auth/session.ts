/**
 * Sign-in for the web app. The session lives in an HttpOnly cookie the page cannot read; every
 * /graphql call must also send the CSRF token (header x-cyswllt-csrf) that sign-in and /auth/me
 * return, or the server treats the call as anonymous (reads the published network only).
 *
 * Wiring (for web/src/api/client.ts): add `...authHeaders()` to the fetch headers, and call
 * `restoreSession()` once at start-up.
 */
export const CSRF_HEADER = 'x-cyswllt-csrf';

export type Role = 'admin' | 'coordinator' | 'cvc_staff' | 'evaluator' | 'viewer';

export interface SignedInUser {
  id: string;
  email: string;
  name: string;
  role: Role;
  areaScopes: string[];
  bodyScopes: string[];
}

let csrfToken: string | null = null;
let current: SignedInUser | null = null;
const listeners = new Set<(user: SignedInUser | null) => void>();

function set(user: SignedInUser | null, csrf: string | null): void {
  current = user;
  csrfToken = csrf;
  for (const listener of listeners) listener(user);
}

/** Headers every /graphql request must carry (empty when signed out). */
export function authHeaders(): Record<string, string> {
  return csrfToken ? { [CSRF_HEADER]: csrfToken } : {};
}

export function currentUser(): SignedInUser | null {
  return current;
}

export function onUserChange(listener: (user: SignedInUser | null) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** After a reload: the cookie survives, so ask the server who we are and for the CSRF token. */
export async function restoreSession(): Promise<SignedInUser | null> {
  try {
    const res = await fetch('/auth/me', { credentials: 'same-origin' });
    const body = (await res.json()) as { user: SignedInUser | null; csrfToken: string | null };
    set(body.user, body.csrfToken);
  } catch {
    set(null, null);
  }
  return current;
}

export class SignInError extends Error {}

export async function signIn(email: string, password: string): Promise<SignedInUser> {
  const res = await fetch('/auth/sign-in', {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  const body = (await res.json()) as { user?: SignedInUser; csrfToken?: string; error?: string };
  if (!res.ok || !body.user || !body.csrfToken) throw new SignInError(body.error ?? `HTTP ${res.status}`);
  set(body.user, body.csrfToken);
  return body.user;
}

export async function signOut(): Promise<void> {
  try {
    await fetch('/auth/sign-out', { method: 'POST', credentials: 'same-origin', headers: { 'content-type': 'application/json', ...authHeaders() }, body: '{}' });
  } finally {
    set(null, null);
  }
}
