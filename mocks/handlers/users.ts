import type { Endpoints } from '@/api/endpoints';
import { presetOf } from '@/api/rights';
import type { UserSummary } from '@/api/users';
import type { UserRecord } from '../gateway/access/users';
import type { Gateway } from '../gateway/gateway';
import { clientIp } from './client-ip';
import type { Resolver, ResolverContext } from './resolver';

const iso = (epoch: number | null) => (epoch === null ? null : new Date(epoch).toISOString());

function summary(user: UserRecord): UserSummary {
  return {
    login: user.login,
    name: user.name,
    rights: [...user.rights],
    preset: presetOf(user.rights),
    profileIds: [...user.profileIds],
    state: user.disabled ? 'disabled' : 'active',
    totpEnabled: user.totp !== null,
    mustChangePassword: user.mustChangePassword,
    lastSignInAt: iso(user.lastSignInAt),
    createdAt: iso(user.createdAt)!,
  };
}

type Context = Pick<ResolverContext<Endpoints['listUsers']>, 'user' | 'request'>;

const actor = ({ user, request }: Context) => ({ login: user.login, ip: clientIp(request) });

const listOf = (gateway: Gateway) =>
  [...gateway.access.state.users.values()].sort((a, b) => a.login.localeCompare(b.login)).map(summary);

export const listUsers: Resolver<Endpoints['listUsers']> = ({ gateway }) => ({
  items: listOf(gateway),
  security: { ...gateway.access.state.security },
});

export const createUser: Resolver<Endpoints['createUser']> = (context) =>
  summary(context.gateway.access.admin.create(actor(context), context.body));

export const updateUser: Resolver<Endpoints['updateUser']> = (context) =>
  summary(context.gateway.access.admin.update(actor(context), context.params.login, context.body));

export const disableUser: Resolver<Endpoints['disableUser']> = (context) =>
  summary(context.gateway.access.admin.setDisabled(actor(context), context.params.login, true));

export const enableUser: Resolver<Endpoints['enableUser']> = (context) =>
  summary(context.gateway.access.admin.setDisabled(actor(context), context.params.login, false));

export const resetUserPassword: Resolver<Endpoints['resetUserPassword']> = (context) =>
  summary(
    context.gateway.access.admin.resetPassword(actor(context), context.params.login, context.body.temporaryPassword),
  );

export const endUserSessions: Resolver<Endpoints['endUserSessions']> = (context) => {
  context.gateway.access.admin.endSessions(actor(context), context.params.login);
};

export const deleteUser: Resolver<Endpoints['deleteUser']> = (context) => {
  context.gateway.access.admin.remove(actor(context), context.params.login);
};

export const updateSecurity: Resolver<Endpoints['updateSecurity']> = (context) => {
  context.gateway.access.admin.setRequireTotp(actor(context), context.body.requireTotp);
  return { ...context.gateway.access.state.security };
};
