/**
 * Who may see which write action. This mirrors server/src/auth/policy.ts so the page offers only
 * what the server will accept; the server still checks every call (a refusal shows as a form error).
 */
import { useEffect, useState } from 'react';
import { useAppData } from '../api/app-data.tsx';
import { request } from '../api/client.ts';
import { AREA_PARENTS } from '../api/editing.ts';
import { useSignedInUser } from '../auth/SignInForm.tsx';
import type { Role, SignedInUser } from '../auth/session.ts';

export type WriteAction = 'createOrganisation' | 'recordTie' | 'fillSeat' | 'logReportBack';

/** Roles besides admin that may call each mutation (policy.ts: EDITORS and REPRESENTATION). */
const WRITERS: Record<WriteAction, readonly Role[]> = {
  createOrganisation: ['coordinator', 'cvc_staff'],
  recordTie: ['coordinator', 'cvc_staff'],
  fillSeat: ['cvc_staff'],
  logReportBack: ['cvc_staff'],
};

export function roleMayWrite(role: Role, action: WriteAction): boolean {
  return role === 'admin' || WRITERS[action].includes(role);
}

let parentsPromise: Promise<Map<string, string | null>> | null = null;

/** Each area's parent key, loaded once per page. */
function loadParents(): Promise<Map<string, string | null>> {
  parentsPromise ??= request(AREA_PARENTS, { first: 500 })
    .then((d) => new Map(d.areas.edges.map((e) => [e.node.key, e.node.parent?.key ?? null])))
    .catch((error: unknown) => {
      parentsPromise = null;
      throw error;
    });
  return parentsPromise;
}

/** The area and its ancestors (an account scoped to a region covers its local authorities). */
function withAncestors(areaKey: string, parents: Map<string, string | null>): string[] {
  const chain: string[] = [];
  for (let key: string | null | undefined = areaKey; key && !chain.includes(key); key = parents.get(key)) chain.push(key);
  return chain;
}

export interface Scope {
  /** parents are still loading */
  loading: boolean;
  covers: (areaKey: string) => boolean;
}

/** Whether the signed-in account's area scopes cover an area (admins: everywhere). */
export function useScope(user: SignedInUser | null): Scope {
  const [parents, setParents] = useState<Map<string, string | null> | null>(null);
  const needed = !!user && user.role !== 'admin';
  useEffect(() => {
    if (!needed) return;
    let live = true;
    loadParents()
      .then((p) => live && setParents(p))
      .catch(() => live && setParents(new Map()));
    return () => {
      live = false;
    };
  }, [needed]);
  return {
    loading: needed && !parents,
    covers: (areaKey) => {
      if (!user) return false;
      if (user.role === 'admin') return true;
      return withAncestors(areaKey, parents ?? new Map()).some((k) => user.areaScopes.includes(k));
    },
  };
}

export type Permission = 'allowed' | 'signed-out' | 'not-allowed' | 'unavailable';

/**
 * May the signed-in user do `action` on something in one of `areaKeys`? 'signed-out' means a
 * sign-in link should be offered; 'unavailable' that this server has no such mutation.
 */
export function usePermission(action: WriteAction, areaKeys: readonly string[]): Permission {
  const user = useSignedInUser();
  const { capabilities } = useAppData();
  const scope = useScope(user);
  // with introspection off the app knows no mutations at all: then let the server decide
  if (capabilities && capabilities.mutations.size > 0 && !capabilities.mutations.has(action)) return 'unavailable';
  if (!user) return 'signed-out';
  if (!roleMayWrite(user.role, action)) return 'not-allowed';
  if (user.role === 'admin') return 'allowed';
  if (scope.loading) return 'not-allowed';
  return areaKeys.some(scope.covers) ? 'allowed' : 'not-allowed';
}
