import type { Endpoints } from '@/api/endpoints';
import type { WebServiceAccount } from '@/api/web-service-accounts';
import type { WebServiceAccountRecord } from '../gateway/web-service/accounts';
import { clientIp } from './client-ip';
import type { Resolver, ResolverContext } from './resolver';

const iso = (epoch: number) => new Date(epoch).toISOString();

/** An account as the cabinet sees it: never its digest, never a password. */
function view(account: WebServiceAccountRecord): WebServiceAccount {
  return {
    login: account.login,
    state: account.disabled ? 'disabled' : 'active',
    createdAt: iso(account.createdAt),
    createdBy: account.createdBy,
    passwordChangedAt: iso(account.passwordChangedAt),
    lastUsedAt: account.lastUsedAt === null ? null : iso(account.lastUsedAt),
  };
}

type Context = Pick<ResolverContext<Endpoints['listWebServiceAccounts']>, 'user' | 'request'>;

const actor = ({ user, request }: Context) => ({ login: user.login, ip: clientIp(request) });

export const listWebServiceAccounts: Resolver<Endpoints['listWebServiceAccounts']> = ({ gateway, params }) => ({
  items: gateway.webServiceAccounts.list(params.profileId).map(view),
});

export const createWebServiceAccount: Resolver<Endpoints['createWebServiceAccount']> = (context) => {
  const created = context.gateway.webServiceAccounts.create(
    actor(context),
    context.params.profileId,
    context.body.login,
  );
  return { account: view(created.account), password: created.password };
};

export const disableWebServiceAccount: Resolver<Endpoints['disableWebServiceAccount']> = (context) =>
  view(
    context.gateway.webServiceAccounts.setDisabled(
      actor(context),
      context.params.profileId,
      context.params.login,
      true,
    ),
  );

export const enableWebServiceAccount: Resolver<Endpoints['enableWebServiceAccount']> = (context) =>
  view(
    context.gateway.webServiceAccounts.setDisabled(
      actor(context),
      context.params.profileId,
      context.params.login,
      false,
    ),
  );

export const rotateWebServiceAccount: Resolver<Endpoints['rotateWebServiceAccount']> = (context) => {
  const rotated = context.gateway.webServiceAccounts.rotate(
    actor(context),
    context.params.profileId,
    context.params.login,
  );
  return { account: view(rotated.account), password: rotated.password };
};
