/**
 * `cyswllt users …`: accounts from the command line (run on the server, so it acts as `cli:<os user>`).
 *
 *   users list
 *   users create --email E --name N --role R [--areas a,b] [--bodies b,c]   (prints a random password once)
 *   users invite --email E --name N --role R [--areas …] [--bodies …] [--url https://…]   (prints the one-time link)
 *   users set-password --email E        (prints a new random password once)
 *   users disable|enable --email E
 *   users token --email E --name "script name"   (prints an API token once)
 *   users demo                          (the demo accounts of docs/security.md: demo data only)
 */
import { userInfo } from 'node:os';
import { parseArgs } from 'node:util';
import { isRole, trustedActor } from '../auth/actor.ts';
import { DEMO_USERS, ensureDemoUsers } from '../auth/demo-users.ts';
import { randomPassword } from '../auth/secrets.ts';
import { connect } from '../db/connect.ts';
import type { Database } from '../db/database.ts';
import { checkPassword, createApiToken, createUser, inviteUser, listUsers, setPassword, setUserDisabled } from '../services/accounts.ts';

const list = (value: string | undefined) => (value ? value.split(',').map((s) => s.trim()).filter(Boolean) : []);

async function byEmail(db: Database, email: string) {
  const found = (await listUsers(db)).find((u) => u.email === email.trim().toLowerCase());
  if (!found) throw new Error(`No account for ${email}`);
  return found;
}

export async function runUsers(argv: string[]): Promise<number> {
  const [sub, ...rest] = argv;
  const { values } = parseArgs({
    args: rest,
    options: {
      email: { type: 'string' }, name: { type: 'string' }, role: { type: 'string' },
      areas: { type: 'string' }, bodies: { type: 'string' }, url: { type: 'string', default: 'http://127.0.0.1:4000' },
    },
  });
  const actor = `cli:${userInfo().username}`;
  const { db } = await connect();
  try {
    switch (sub) {
      case 'list':
        for (const u of await listUsers(db)) console.log(`${u.email}\t${u.role}\t${u.areaScopes.join(',')}\t${u.bodyScopes.join(',')}${u.disabled ? '\tDISABLED' : ''}`);
        return 0;
      case 'create': {
        if (!isRole(values.role)) throw new Error('--role must be admin, coordinator, cvc_staff, evaluator or viewer');
        const password = randomPassword();
        const user = await createUser(db, { email: values.email ?? '', name: values.name ?? '', role: values.role, password, areaScopes: list(values.areas), bodyScopes: list(values.bodies) }, actor);
        console.log(`Created ${user.email} (${user.role}). Password (shown once): ${password}`);
        return 0;
      }
      case 'invite': {
        if (!isRole(values.role)) throw new Error('--role must be admin, coordinator, cvc_staff, evaluator or viewer');
        const invitation = await inviteUser(db, trustedActor('admin', {}, actor), { email: values.email ?? '', name: values.name ?? '', role: values.role, areaScopes: list(values.areas), bodyScopes: list(values.bodies) });
        console.log(`Invitation (one use, until ${invitation.expiresAt}):\n  ${values.url}/#/accept-invitation?token=${encodeURIComponent(invitation.token)}`);
        return 0;
      }
      case 'set-password': {
        const user = await byEmail(db, values.email ?? '');
        const password = randomPassword();
        await setPassword(db, user.id, password, actor);
        console.log(`New password for ${user.email} (shown once; its sessions were signed out): ${password}`);
        return 0;
      }
      case 'disable':
      case 'enable': {
        const user = await byEmail(db, values.email ?? '');
        await setUserDisabled(db, user.id, sub === 'disable', actor);
        console.log(`${sub === 'disable' ? 'Disabled (sessions and tokens revoked)' : 'Enabled'}: ${user.email}`);
        return 0;
      }
      case 'token': {
        const user = await byEmail(db, values.email ?? '');
        const { token } = await createApiToken(db, trustedActor('admin', {}, actor), { name: values.name ?? 'script', userId: user.id });
        console.log(`API token for ${user.email} (shown once; send as "Authorization: Bearer <token>"):\n${token}`);
        return 0;
      }
      case 'demo': {
        const created = await ensureDemoUsers(db, actor);
        console.log(`${created} demo account(s) created; passwords in docs/security.md.`);
        for (const u of DEMO_USERS) if (!(await checkPassword(db, u.email, u.password))) console.log(`  note: ${u.email} exists with another password`);
        return 0;
      }
      default:
        console.error('Usage: pnpm cyswllt users list|create|invite|set-password|disable|enable|token|demo [--email E --name N --role R --areas a,b --bodies b,c]');
        return 2;
    }
  } finally {
    await db.close();
  }
}
