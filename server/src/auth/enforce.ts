/**
 * Applies the policy to the built schema, in one place, so every Mutation field is covered without
 * touching the files that define them:
 *  - every Mutation resolver is wrapped: the actor's role and scope are checked against
 *    MUTATION_POLICY before the resolver runs (deny by default); a refusal is the typed
 *    ForbiddenError result the mutation already declares (or a FORBIDDEN error if it declares none);
 *  - personal fields (Person.name, Person.email; Change before/after of people and accounts) are
 *    wrapped so only admins, and coordinators / CVC staff within their areas, see them.
 */
import type { NameSearchScope } from '../services/people.ts';
import { wrapOrThrow } from '@pothos/plugin-errors';
import DataLoader from 'dataloader';
import { isUnionType, type GraphQLField, type GraphQLFieldResolver, type GraphQLSchema } from 'graphql';
import type { Database } from '../db/database.ts';
import { ForbiddenError } from '../domain/errors.ts';
import type { Actor } from './actor.ts';
import { MUTATION_POLICY, PERSONAL_DATA_ROLES, type Target } from './policy.ts';

interface AuthContext {
  db: Database;
  auth?: Actor;
}

export class PolicyRefusal extends ForbiddenError {}

interface ResolvedTarget {
  ref: number;
  areaKeys: string[];
  bodyKeys: string[];
}

/** Looks up, in one query, the areas (with ancestors) and bodies each target touches. */
async function resolveTargets(db: Database, targets: Target[]): Promise<Map<number, ResolvedTarget>> {
  const rows = await db.read<ResolvedTarget>('auth/scope-of', {
    targets: targets.map((target, ref) => ({ ref, label: target.label, key: target.key })),
  });
  return new Map(rows.map((r) => [r.ref, r]));
}

function inScope(actor: Actor, resolved: ResolvedTarget): boolean {
  const user = actor.user!;
  return resolved.areaKeys.some((k) => user.areaScopes.includes(k)) || resolved.bodyKeys.some((k) => user.bodyScopes.includes(k));
}

/** Throws PolicyRefusal when `actor` may not call mutation `field` with `args`. */
export async function checkMutation(db: Database, actor: Actor, field: string, args: Record<string, unknown>): Promise<void> {
  const rule = MUTATION_POLICY[field];
  const role = actor.user?.role;
  if (rule?.roles.includes('anonymous')) return;
  if (!actor.user || actor.user.disabled) throw new PolicyRefusal('Sign in to make changes');
  if (role === 'admin') return;
  if (!rule) throw new PolicyRefusal(`Only an admin may call ${field}`);
  if (!rule.roles.includes(role!)) throw new PolicyRefusal(`A ${role} may not call ${field}`);
  if (!rule.targets) return;
  const groups = rule.targets(args as Record<string, any>).map((g) => g.filter((target) => typeof target.key === 'string' && target.key.length > 0));
  const flat = groups.flat();
  const resolved = flat.length ? await resolveTargets(db, flat) : new Map<number, ResolvedTarget>();
  let ref = 0;
  for (const group of groups) {
    const found = group.map(() => resolved.get(ref++)).filter((r): r is ResolvedTarget => r !== undefined);
    // A group of only unknown things is left to the resolver (it answers NotFound, or the thing is
    // new and placed by another group). A group with nothing in it at all is never in scope.
    if (group.length > 0 && found.length === 0) continue;
    if (!found.some((r) => inScope(actor, r))) throw new PolicyRefusal(`That is outside your scope (${field})`);
  }
}

type AnyField = GraphQLField<unknown, AuthContext>;

function returnsForbiddenError(field: AnyField): boolean {
  let type: any = field.type;
  while (type.ofType) type = type.ofType;
  return isUnionType(type) && type.getTypes().some((member) => member.name === 'ForbiddenError');
}

const wrapped = new WeakSet<GraphQLSchema>();

function wrap(field: AnyField, around: (inner: GraphQLFieldResolver<unknown, AuthContext>) => GraphQLFieldResolver<unknown, AuthContext>) {
  const inner = field.resolve ?? ((source: any) => source?.[field.name]);
  field.resolve = around(inner);
}

// ---- personal data --------------------------------------------------------------------------

const personAreaLoaders = new WeakMap<object, DataLoader<string, string[]>>();

function personAreas(ctx: AuthContext, key: string): Promise<string[]> {
  let loader = personAreaLoaders.get(ctx);
  if (!loader) {
    loader = new DataLoader(async (keys) => {
      const rows = await ctx.db.read<{ key: string; areaKeys: string[] }>('auth/person-areas', { keys: [...keys] });
      const found = new Map(rows.map((r) => [r.key, r.areaKeys]));
      return keys.map((k) => found.get(k) ?? []);
    });
    personAreaLoaders.set(ctx, loader);
  }
  return loader.load(key);
}

/** May the request's actor see this person's name and contact details? */
export async function canSeePerson(ctx: AuthContext, personKey: string | undefined): Promise<boolean> {
  const user = ctx.auth?.user;
  if (!user || !PERSONAL_DATA_ROLES.includes(user.role)) return false;
  if (user.role === 'admin') return true;
  if (!personKey) return false;
  const areas = await personAreas(ctx, personKey);
  return areas.some((a) => user.areaScopes.includes(a));
}

/** Whose names a people search may match for this actor: the same people canSeePerson shows. */
export function nameSearchScope(ctx: AuthContext): NameSearchScope {
  const user = ctx.auth?.user;
  if (!user || !PERSONAL_DATA_ROLES.includes(user.role)) return { areaIds: [] };
  return user.role === 'admin' ? 'everyone' : { areaIds: user.areaScopes };
}

const PERSONAL_CHANGE_TYPES = new Set(['Person', 'User', 'Invitation', 'ApiToken']);

/** Wraps the schema in place (once): mutation policy and personal-field guards. */
export function secureSchema(schema: GraphQLSchema): GraphQLSchema {
  if (wrapped.has(schema)) return schema;
  wrapped.add(schema);

  const mutation = schema.getMutationType();
  for (const field of Object.values(mutation?.getFields() ?? {}) as AnyField[]) {
    // plugin-errors keeps the error classes a field declares here; wrapOrThrow turns a refusal into
    // the typed ForbiddenError result exactly as a resolver's own thrown error would be.
    const declared = (field.extensions as { pothosErrors?: (new (...a: any[]) => Error)[] } | undefined)?.pothosErrors;
    const typed = returnsForbiddenError(field) && Array.isArray(declared);
    wrap(field, (inner) => async (source, args, ctx, info) => {
      try {
        await checkMutation(ctx.db, ctx.auth ?? { id: 'anonymous', user: null, via: 'none' }, field.name, args);
      } catch (error) {
        if (error instanceof PolicyRefusal && typed) return wrapOrThrow(error, declared!, undefined);
        throw error;
      }
      return inner(source, args, ctx, info);
    });
  }

  const person = schema.getType('Person') as { getFields?: () => Record<string, AnyField> } | undefined;
  const personFields = person?.getFields?.() ?? {};
  if (personFields.name) {
    wrap(personFields.name, (inner) => async (source: any, args, ctx, info) =>
      (await canSeePerson(ctx, source?.id)) ? inner(source, args, ctx, info) : (source?.role ?? 'Person'),
    );
  }
  for (const name of ['email', 'phone']) {
    if (personFields[name]) {
      wrap(personFields[name], (inner) => async (source: any, args, ctx, info) =>
        (await canSeePerson(ctx, source?.id)) ? inner(source, args, ctx, info) : null,
      );
    }
  }

  const change = schema.getType('Change') as { getFields?: () => Record<string, AnyField> } | undefined;
  const changeFields = change?.getFields?.() ?? {};
  for (const name of ['before', 'after']) {
    if (!changeFields[name]) continue;
    wrap(changeFields[name], (inner) => async (source: any, args, ctx, info) => {
      if (!PERSONAL_CHANGE_TYPES.has(source?.entityType)) return inner(source, args, ctx, info);
      if (source.entityType === 'Person' ? await canSeePerson(ctx, source.entityId) : ctx.auth?.user?.role === 'admin') {
        return inner(source, args, ctx, info);
      }
      return null;
    });
  }
  return schema;
}
