/**
 * The audit log: every Change, newest first, filtered and paged. Admins read everyone's; anyone
 * else signed in reads only their own writes. There is no mutation that edits or deletes a Change.
 */
import { ForbiddenError, ValidationError } from '../domain/errors.ts';
import { int } from '../db/values.ts';
import type { ChangeView } from '../services/history.ts';
import { builder } from './builder.ts';
import { ChangeRef } from './change.ts';

const AuditFilterInput = builder.inputType('AuditFilter', {
  fields: (t) => ({
    entityType: t.string({ required: false, description: 'e.g. Organisation, Tie, Person, User' }),
    actor: t.string({ required: false, description: 'An account id (admins only; others always see their own)' }),
    from: t.field({ type: 'DateTime', required: false, description: 'Inclusive' }),
    to: t.field({ type: 'DateTime', required: false, description: 'Exclusive' }),
  }),
});

interface AuditPage {
  changes: ChangeView[];
  endCursor: string | null;
  hasNextPage: boolean;
}

const AuditPageRef = builder.objectRef<AuditPage>('AuditLogPage').implement({
  fields: (t) => ({
    changes: t.field({ type: [ChangeRef], resolve: (p) => p.changes }),
    endCursor: t.exposeString('endCursor', { nullable: true, description: 'Pass as `after` for the next page' }),
    hasNextPage: t.exposeBoolean('hasNextPage'),
  }),
});

const encodeCursor = (c: ChangeView) => Buffer.from(JSON.stringify([String(c.at), c.id])).toString('base64url');
function decodeCursor(cursor: string): [string, string] {
  try {
    const value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    if (Array.isArray(value) && value.length === 2 && value.every((v) => typeof v === 'string')) return value as [string, string];
  } catch {
    // fall through
  }
  throw new ValidationError([{ path: ['after'], message: 'is not a cursor this API gave out' }]);
}

builder.queryField('auditLog', (t) =>
  t.field({
    type: AuditPageRef,
    description: 'Every recorded write, newest first. Admins see all; others only their own writes.',
    args: {
      filter: t.arg({ type: AuditFilterInput, required: false }),
      first: t.arg.int({ required: false, defaultValue: 50 }),
      after: t.arg.string({ required: false }),
    },
    resolve: async (_root, args, ctx) => {
      const user = ctx.auth?.user;
      if (!user) throw new ForbiddenError('Sign in to read the audit log');
      const actor = user.role === 'admin' ? (args.filter?.actor ?? null) : user.id;
      const first = Math.min(Math.max(args.first ?? 50, 1), 500);
      const [afterAt, afterId] = args.after ? decodeCursor(args.after) : [null, null];
      const rows = await ctx.db.read<{ change: ChangeView }>('auth/audit-log', {
        entityType: args.filter?.entityType ?? null,
        actor,
        from: args.filter?.from ? new Date(args.filter.from).toISOString() : null,
        to: args.filter?.to ? new Date(args.filter.to).toISOString() : null,
        afterAt,
        afterId,
        limit: int(first + 1),
      });
      const changes = rows.slice(0, first).map((r) => r.change);
      const last = changes[changes.length - 1];
      return { changes, hasNextPage: rows.length > first, endCursor: last ? encodeCursor(last) : null };
    },
  }),
);
