/** The audit trail as GraphQL: Change records, and a `history` field any entity type can add. */
import { historyForKeys, recentChanges, type ChangeView } from '../services/history.ts';
import { builder } from './builder.ts';

export const ChangeRef = builder.objectRef<ChangeView>('Change').implement({
  description: 'One recorded write: who made it, when, what it changed (JSON before/after) and why',
  fields: (t) => ({
    key: t.exposeString('id'),
    at: t.expose('at', { type: 'DateTime' }),
    actor: t.exposeString('actor'),
    action: t.exposeString('action'),
    entityType: t.exposeString('entityType'),
    entityKey: t.exposeString('entityId'),
    before: t.exposeString('before', { nullable: true, description: 'JSON of the fields before the change' }),
    after: t.exposeString('after', { nullable: true, description: 'JSON of the fields after the change' }),
    reason: t.exposeString('reason', { nullable: true }),
  }),
});

/** Adds `history` (the entity's changes, newest first, batched across a page) to an entity type. */
export function addHistoryField(ref: Parameters<typeof builder.objectField>[0]) {
  builder.objectField(ref, 'history', (t) =>
    t.loadableList({
      type: ChangeRef,
      description: 'What changed, when and by whom, newest first',
      load: (keys: string[], ctx) => historyForKeys(ctx.db, keys),
      resolve: (parent) => (parent as { id: string }).id,
    }),
  );
}

builder.queryField('recentChanges', (t) =>
  t.field({
    type: [ChangeRef],
    description: 'The latest writes across the network, optionally of one entity type',
    args: {
      entityType: t.arg.string({ required: false }),
      limit: t.arg.int({ required: false, defaultValue: 50 }),
    },
    resolve: (_root, args, ctx) => recentChanges(ctx.db, args.entityType ?? null, Math.min(args.limit ?? 50, 500)),
  }),
);
