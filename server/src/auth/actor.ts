/**
 * Who is making a request. Every resolver gets one in `ctx.auth`; `ctx.actor` stays the plain id the
 * audit trail records (a user id such as `user-…`, or `anonymous`).
 */
export const ROLES = ['admin', 'coordinator', 'cvc_staff', 'evaluator', 'viewer'] as const;
export type Role = (typeof ROLES)[number];

export interface AccountView {
  id: string;
  email: string;
  name: string;
  role: Role;
  /** area keys the account may write in (an area covers its sub-areas) */
  areaScopes: string[];
  /** body keys (partnerships, fora) the account may write in */
  bodyScopes: string[];
  disabled: boolean;
}

export interface Actor {
  /** what the audit trail records */
  id: string;
  user: AccountView | null;
  /** how the request proved who it is */
  via: 'session' | 'token' | 'trusted' | 'none';
}

export const ANONYMOUS: Actor = Object.freeze({ id: 'anonymous', user: null, via: 'none' as const });

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

/** An actor for in-process callers (tests, CLI, proof scripts) that never crosses HTTP. */
export function trustedActor(role: Role = 'admin', scopes: { areaScopes?: string[]; bodyScopes?: string[] } = {}, id = `trusted:${role}`): Actor {
  return {
    id,
    via: 'trusted',
    user: { id, email: `${role}@trusted.invalid`, name: `Trusted ${role}`, role, areaScopes: scopes.areaScopes ?? [], bodyScopes: scopes.bodyScopes ?? [], disabled: false },
  };
}
