import type { Endpoints } from '@/api/endpoints';
import type { Resolver } from './resolver';

export const startTotp: Resolver<Endpoints['startTotp']> = ({ gateway, auth }) => gateway.access.totp.start(auth);

export const confirmTotp: Resolver<Endpoints['confirmTotp']> = ({ gateway, auth, body }) => ({
  recoveryCodes: gateway.access.totp.confirm(auth, body.code),
});

export const disableTotp: Resolver<Endpoints['disableTotp']> = ({ gateway, auth, body }) => {
  gateway.access.totp.disable(auth, body.code);
};
