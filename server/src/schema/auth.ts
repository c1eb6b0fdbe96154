/** `me`: who the request is acting as (null when anonymous). Sign-in itself is POST /auth/sign-in. */
import { ROLES, type AccountView } from '../auth/actor.ts';
import { builder } from './builder.ts';

export const RoleEnum = builder.enumType('Role', { values: ROLES });

export const AccountRef = builder.objectRef<AccountView>('Account').implement({
  description: 'A signed-in account: its role and the areas and bodies it may write in',
  fields: (t) => ({
    id: t.exposeString('id'),
    email: t.exposeString('email'),
    name: t.exposeString('name'),
    role: t.field({ type: RoleEnum, resolve: (u) => u.role }),
    areaScopes: t.exposeStringList('areaScopes', { description: 'Area keys (each covers its sub-areas)' }),
    bodyScopes: t.exposeStringList('bodyScopes', { description: 'Body keys (partnerships, fora)' }),
  }),
});

builder.queryField('me', (t) =>
  t.field({
    type: AccountRef,
    nullable: true,
    description: 'The account this request acts as, or null when not signed in',
    resolve: (_root, _args, ctx) => ctx.auth?.user ?? null,
  }),
);
