/**
 * Accounts at first start. The demo network gets one account per role with published demo
 * passwords (docs/security.md, README) - demo only: never on a real deployment. Any other database
 * with no accounts gets a single admin with a random password, printed once.
 */
import type { Database } from '../db/database.ts';
import { countUsers, createUser } from '../services/accounts.ts';
import type { Role } from './actor.ts';
import { randomPassword } from './secrets.ts';

export interface DemoUser {
  id: string;
  email: string;
  name: string;
  role: Role;
  password: string;
  areaScopes: string[];
  bodyScopes: string[];
}

/** Scoped to Cardiff: the Fusion coordinator (Museum of Cardiff) and C3SC staff. */
export const DEMO_USERS: readonly DemoUser[] = [
  { id: 'user-demo-admin', email: 'admin@demo.cyswllt.cymru', name: 'Demo admin', role: 'admin', password: 'demo-admin-cyswllt', areaScopes: [], bodyScopes: [] },
  { id: 'user-demo-coordinator', email: 'coordinator@demo.cyswllt.cymru', name: 'Demo coordinator (Cardiff)', role: 'coordinator', password: 'demo-coordinator-cyswllt', areaScopes: ['area-cardiff'], bodyScopes: [] },
  { id: 'user-demo-cvc', email: 'cvc@demo.cyswllt.cymru', name: 'Demo CVC officer (Cardiff)', role: 'cvc_staff', password: 'demo-cvc-staff-cyswllt', areaScopes: ['area-cardiff'], bodyScopes: [] },
  { id: 'user-demo-evaluator', email: 'evaluator@demo.cyswllt.cymru', name: 'Demo evaluator', role: 'evaluator', password: 'demo-evaluator-cyswllt', areaScopes: [], bodyScopes: [] },
  { id: 'user-demo-viewer', email: 'viewer@demo.cyswllt.cymru', name: 'Demo viewer', role: 'viewer', password: 'demo-viewer-cyswllt', areaScopes: [], bodyScopes: [] },
];

export function demoUser(role: Role): DemoUser {
  return DEMO_USERS.find((u) => u.role === role)!;
}

/** Creates the demo accounts (those missing); returns how many it created. */
export async function ensureDemoUsers(db: Database, actor = 'system:demo'): Promise<number> {
  let created = 0;
  for (const user of DEMO_USERS) {
    try {
      await createUser(db, user, actor, 'demo account');
      created++;
    } catch (error) {
      if ((error as { reason?: string }).reason !== 'duplicate') throw error;
    }
  }
  return created;
}

export function demoSignInHelp(url: string): string {
  return [
    `Demo accounts (demo passwords; never use them on real data) - sign in at ${url}:`,
    ...DEMO_USERS.map((u) => `  ${u.role.padEnd(12)} ${u.email.padEnd(34)} ${u.password}`),
  ].join('\n');
}

/**
 * First start with no accounts: an admin with a random password, printed once (it is stored only
 * as an argon2id hash). Returns the password, or null when accounts already exist.
 */
export async function ensureFirstAdmin(db: Database, log: (line: string) => void = console.log, url = 'http://127.0.0.1:4000/'): Promise<string | null> {
  if ((await countUsers(db)) > 0) return null;
  const email = (process.env.CYSWLLT_ADMIN_EMAIL ?? 'admin@localhost.invalid').toLowerCase();
  const password = randomPassword();
  await createUser(db, { email, name: 'Administrator', role: 'admin', password, areaScopes: [], bodyScopes: [] }, 'system:first-start', 'first start: no accounts');
  log(
    [
      '',
      '================================================================================',
      ' No accounts existed, so an administrator was created. This is shown ONCE:',
      `   email:    ${email}`,
      `   password: ${password}`,
      ` Sign in at ${url} (or POST /auth/sign-in), then invite people:`,
      '   pnpm cyswllt users invite --email someone@example.org --name "…" --role coordinator --areas area-cardiff',
      ' Change it: pnpm cyswllt users set-password --email ' + email,
      '================================================================================',
      '',
    ].join('\n'),
  );
  return password;
}
