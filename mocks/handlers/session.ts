import type { Endpoints } from '@/api/endpoints';
import { FIRSTCODE, GatewayError } from '../gateway/errors';
import type { Resolver } from './resolver';

export const login: Resolver<Endpoints['login']> = ({ gateway, body }) => gateway.login(body.login, body.password);

export const getSession: Resolver<Endpoints['getSession']> = ({ gateway, token }) => {
  const info = gateway.session(token);
  if (!info)
    throw new GatewayError({
      code: 'unauthenticated',
      status: 401,
      firstcode: FIRSTCODE.authentication,
      message: 'Сессия истекла',
    });
  return info;
};

export const logout: Resolver<Endpoints['logout']> = ({ gateway, token }) => {
  gateway.logout(token);
};
