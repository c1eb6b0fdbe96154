/**
 * Accounts: users (argon2id password hashes), sign-in sessions, API tokens and invitations, all in
 * Neo4j so the server keeps no state and any session or token can be revoked. Account writes record
 * a Change like every other write (never with a secret or a hash in it).
 */
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { ANONYMOUS, ROLES, type AccountView, type Actor, type Role } from '../auth/actor.ts';
import { decoyHash, hashPassword, MIN_PASSWORD_LENGTH, randomSecret, sameSecret, sha256, verifyPassword } from '../auth/secrets.ts';
import type { Database } from '../db/database.ts';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '../domain/errors.ts';
import { id as keySchema, parseInput } from '../domain/validate.ts';
import { recordChange } from './audit.ts';

export const SESSION_TTL_MS = 12 * 60 * 60 * 1000;
export const INVITATION_TTL_MS = 7 * 24 * 60 * 60 * 1000;
export const TOKEN_PREFIX = 'cyswllt';

const accountSchema = z.object({
  email: z.string().trim().toLowerCase().email({ message: 'must be an email address' }).max(254),
  name: z.string().trim().min(1, { message: 'must not be empty' }).max(200),
  role: z.enum(ROLES, { message: `must be one of ${ROLES.join(', ')}` }),
  areaScopes: z.array(keySchema).max(200).default([]),
  bodyScopes: z.array(keySchema).max(200).default([]),
});
export type AccountInput = z.input<typeof accountSchema>;

const passwordSchema = z
  .string()
  .min(MIN_PASSWORD_LENGTH, { message: `must be at least ${MIN_PASSWORD_LENGTH} characters` })
  .max(512, { message: 'must be at most 512 characters' });

const view = (u: AccountView): AccountView => ({
  id: u.id, email: u.email, name: u.name, role: u.role, areaScopes: u.areaScopes ?? [], bodyScopes: u.bodyScopes ?? [], disabled: Boolean(u.disabled),
});
const snapshot = (u: AccountView) => ({ email: u.email, name: u.name, role: u.role, areaScopes: u.areaScopes, bodyScopes: u.bodyScopes, disabled: u.disabled });

export async function countUsers(db: Database): Promise<number> {
  const [row] = await db.read<{ users: number }>('auth/user-count');
  return row?.users ?? 0;
}

export async function listUsers(db: Database): Promise<AccountView[]> {
  return (await db.read<{ user: AccountView }>('auth/user-list')).map((r) => view(r.user));
}

export async function usersByIds(db: Database, ids: string[]): Promise<AccountView[]> {
  return (await db.read<{ user: AccountView }>('auth/user-by-ids', { ids })).map((r) => view(r.user));
}

/** Creates an account with a password (CLI, first start, demo, accepted invitation). */
export async function createUser(
  db: Database,
  input: AccountInput & { password: string; id?: string },
  actor: string,
  reason: string | null = null,
): Promise<AccountView> {
  const account = parseInput(accountSchema, input, ['input']);
  const password = parseInput(passwordSchema, input.password, ['input', 'password']);
  const passwordHash = await hashPassword(password);
  const id = input.id ?? `user-${randomUUID()}`;
  return db.write(async (tx) => {
    const existing = await tx.run<{ user: AccountView }>('auth/user-by-email', { email: account.email });
    if (existing.length) throw new ConflictError('duplicate', `An account for ${account.email} already exists`);
    const [row] = await tx.run<{ user: AccountView }>('auth/user-create', { user: { ...account, id, passwordHash }, at: new Date().toISOString() });
    const created = view(row!.user);
    await recordChange(tx, { actor, action: 'create', entityType: 'User', entityId: id, after: snapshot(created), reason });
    return created;
  });
}

export async function setUserDisabled(db: Database, userId: string, disabled: boolean, actor: string, reason: string | null = null): Promise<AccountView> {
  return db.write(async (tx) => {
    const [before] = await tx.run<{ user: AccountView }>('auth/user-by-ids', { ids: [userId] });
    if (!before) throw new NotFoundError('User', userId);
    const [row] = await tx.run<{ user: AccountView }>('auth/user-set-disabled', { id: userId, disabled, at: new Date().toISOString() });
    const after = view(row!.user);
    await recordChange(tx, { actor, action: disabled ? 'disable' : 'enable', entityType: 'User', entityId: userId, before: snapshot(view(before.user)), after: snapshot(after), reason });
    return after;
  });
}

export async function setPassword(db: Database, userId: string, password: string, actor: string): Promise<void> {
  const valid = parseInput(passwordSchema, password, ['password']);
  const passwordHash = await hashPassword(valid);
  await db.write(async (tx) => {
    const [row] = await tx.run<{ id: string }>('auth/user-set-password', { id: userId, passwordHash, at: new Date().toISOString() });
    if (!row) throw new NotFoundError('User', userId);
    await recordChange(tx, { actor, action: 'set-password', entityType: 'User', entityId: userId, reason: null });
  });
}

/** Checks an email and password; the same answer and similar time whether or not the email exists. */
export async function checkPassword(db: Database, email: string, password: string): Promise<AccountView | null> {
  const rows = await db.read<{ user: AccountView & { passwordHash: string } }>('auth/user-by-email', { email: String(email).trim().toLowerCase() });
  const found = rows[0]?.user;
  const ok = await verifyPassword(found?.passwordHash ?? (await decoyHash()), String(password));
  if (!found || !ok || found.disabled) return null;
  return view(found);
}

export interface NewSession {
  /** the cookie value (only its hash is stored) */
  secret: string;
  csrf: string;
  expiresAt: Date;
}

export async function createSession(db: Database, userId: string): Promise<NewSession> {
  const secret = randomSecret();
  const csrf = randomSecret();
  const expiresAt = new Date(Date.now() + SESSION_TTL_MS);
  await db.write((tx) =>
    tx.run('auth/session-create', { userId, hash: sha256(secret), csrf, at: new Date().toISOString(), expiresAt: expiresAt.toISOString() }),
  );
  return { secret, csrf, expiresAt };
}

export async function lookupSession(db: Database, secret: string): Promise<{ user: AccountView; csrf: string } | null> {
  if (!secret || secret.length > 200) return null;
  const [row] = await db.read<{ user: AccountView; csrf: string }>('auth/session-lookup', { hash: sha256(secret), now: new Date().toISOString() });
  return row ? { user: view(row.user), csrf: row.csrf } : null;
}

export async function revokeSession(db: Database, secret: string): Promise<void> {
  await db.write((tx) => tx.run('auth/session-revoke', { hash: sha256(secret), at: new Date().toISOString() }));
}

export interface TokenView {
  id: string;
  name: string;
  userId: string;
  createdAt: string;
  expiresAt: string | null;
  revokedAt: string | null;
}

/** A new API token `cyswllt_<id>_<secret>`: shown once, only the secret's hash is kept. */
export async function createApiToken(
  db: Database,
  by: Actor,
  options: { name: string; userId?: string; expiresAt?: string | null },
): Promise<{ token: string; info: TokenView }> {
  if (!by.user) throw new ForbiddenError('Sign in to create an API token');
  const userId = options.userId ?? by.user.id;
  if (userId !== by.user.id && by.user.role !== 'admin') throw new ForbiddenError('Only an admin can create a token for someone else');
  const name = parseInput(z.string().trim().min(1).max(100), options.name, ['name']);
  const tokenId = randomUUID().replaceAll('-', '');
  const secret = randomSecret();
  const info = await db.write(async (tx) => {
    const [row] = await tx.run<{ token: TokenView }>('auth/token-create', {
      id: tokenId, hash: sha256(secret), userId, name, at: new Date().toISOString(), createdBy: by.id, expiresAt: options.expiresAt ?? null,
    });
    if (!row) throw new NotFoundError('User', userId);
    await recordChange(tx, { actor: by.id, action: 'create', entityType: 'ApiToken', entityId: tokenId, after: { name, userId }, reason: null });
    return row.token;
  });
  return { token: `${TOKEN_PREFIX}_${tokenId}_${secret}`, info };
}

export async function lookupApiToken(db: Database, token: string): Promise<AccountView | null> {
  const match = /^cyswllt_([0-9a-f]{32})_([A-Za-z0-9_-]{20,100})$/.exec(token);
  if (!match) return null;
  const [row] = await db.read<{ hash: string; user: AccountView }>('auth/token-lookup', { id: match[1], now: new Date().toISOString() });
  if (!row || !sameSecret(row.hash, sha256(match[2]!))) return null;
  return view(row.user);
}

export async function listApiTokens(db: Database, by: Actor, all = false): Promise<TokenView[]> {
  if (!by.user) throw new ForbiddenError();
  const userId = all && by.user.role === 'admin' ? null : by.user.id;
  return (await db.read<{ token: TokenView }>('auth/token-list', { userId })).map((r) => r.token);
}

export async function revokeApiToken(db: Database, by: Actor, tokenId: string): Promise<TokenView> {
  if (!by.user) throw new ForbiddenError();
  return db.write(async (tx) => {
    const [row] = await tx.run<{ token: TokenView }>('auth/token-revoke', {
      id: tokenId, userId: by.user!.role === 'admin' ? null : by.user!.id, at: new Date().toISOString(),
    });
    if (!row) throw new NotFoundError('ApiToken', tokenId);
    await recordChange(tx, { actor: by.id, action: 'revoke', entityType: 'ApiToken', entityId: tokenId, reason: null });
    return row.token;
  });
}

/** An admin invites someone: returns the one-time secret for the link (shown once). */
export async function inviteUser(db: Database, by: Actor, input: AccountInput): Promise<{ invitationId: string; token: string; expiresAt: string }> {
  if (by.user?.role !== 'admin') throw new ForbiddenError('Only an admin can invite people');
  const account = parseInput(accountSchema, input, ['input']);
  const invitationId = randomUUID().replaceAll('-', '');
  const secret = randomSecret();
  const expiresAt = new Date(Date.now() + INVITATION_TTL_MS).toISOString();
  await db.write(async (tx) => {
    if ((await tx.run('auth/user-by-email', { email: account.email })).length) {
      throw new ConflictError('duplicate', `An account for ${account.email} already exists`);
    }
    await tx.run('auth/invitation-create', { ...account, id: invitationId, hash: sha256(secret), invitedBy: by.id, at: new Date().toISOString(), expiresAt });
    await recordChange(tx, { actor: by.id, action: 'invite', entityType: 'Invitation', entityId: invitationId, after: snapshot({ ...account, id: '', disabled: false } as AccountView), reason: null });
  });
  return { invitationId, token: `${invitationId}.${secret}`, expiresAt };
}

/** The invited person sets a password: the invitation is used once and the account is created. */
export async function acceptInvitation(db: Database, token: string, password: string): Promise<AccountView> {
  const [invitationId, secret] = String(token).split('.');
  const invalid = () => new ValidationError([{ path: ['token'], message: 'this invitation link is not valid (used, expired or mistyped)' }]);
  if (!invitationId || !secret || !/^[0-9a-f]{32}$/.test(invitationId)) throw invalid();
  const valid = parseInput(passwordSchema, password, ['password']);
  const passwordHash = await hashPassword(valid);
  return db.write(async (tx) => {
    const [row] = await tx.run<{ invitation: AccountView & { hash: string; invitedBy: string } }>('auth/invitation-lookup', { id: invitationId, now: new Date().toISOString() });
    if (!row || !sameSecret(row.invitation.hash, sha256(secret))) throw invalid();
    const inv = row.invitation;
    if ((await tx.run('auth/user-by-email', { email: inv.email })).length) throw new ConflictError('duplicate', `An account for ${inv.email} already exists`);
    const id = `user-${randomUUID()}`;
    const [created] = await tx.run<{ user: AccountView }>('auth/user-create', {
      user: { id, email: inv.email, name: inv.name, role: inv.role, areaScopes: inv.areaScopes ?? [], bodyScopes: inv.bodyScopes ?? [], passwordHash },
      at: new Date().toISOString(),
    });
    const used = await tx.run('auth/invitation-use', { id: invitationId, userId: id, at: new Date().toISOString() });
    if (!used.length) throw invalid();
    const user = view(created!.user);
    await recordChange(tx, { actor: id, action: 'create', entityType: 'User', entityId: id, after: snapshot(user), reason: `accepted invitation ${invitationId} from ${inv.invitedBy}` });
    return user;
  });
}

export { ANONYMOUS };
export type { Role };
