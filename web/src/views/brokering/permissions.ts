/** Who may broker and move introductions: the same roles as the server's write policy. */
import { BROKERING_ROLES, type IntroductionCard } from '../../api/introductions.ts';
import type { SignedInUser } from '../../auth/session.ts';
import { hrefFor } from '../../components/router.ts';

/** The server still checks scope (an organisation in the account's areas); this only decides what to show. */
export function mayBroker(user: SignedInUser | null): boolean {
  return !!user && BROKERING_ROLES.includes(user.role);
}

/**
 * May this account move this introduction on? Admins always; others when either organisation is in
 * one of their areas. A scope wider than a local authority (a region) is left to the server, which
 * knows the area tree.
 */
export function mayMove(user: SignedInUser | null, intro: IntroductionCard, localAuthorities: ReadonlySet<string>): boolean {
  return mayBroker(user) && inScope(user!, intro.organisations, localAuthorities);
}

/** Is at least one of these organisations in the account's areas (as far as the browser can tell)? */
export function inScope(user: SignedInUser, organisations: { areas: { key: string }[] }[], localAuthorities: ReadonlySet<string>): boolean {
  if (user.role === 'admin') return true;
  if (user.areaScopes.some((a) => !localAuthorities.has(a))) return true;
  return organisations.some((o) => o.areas.some((a) => user.areaScopes.includes(a.key)));
}

/** Local authority keys from the reference lists: scopes among them can be checked in the browser. */
export function localAuthorityKeys(areas: readonly { key: string; level: string }[] | undefined): ReadonlySet<string> {
  return new Set((areas ?? []).filter((a) => a.level === 'local_authority').map((a) => a.key));
}

/** The sign-in page, coming back to where we are now. */
export function signInHref(): string {
  return hrefFor('sign-in', { next: window.location.hash || null });
}
