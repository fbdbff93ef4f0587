import type { Endpoints } from '@/api/endpoints';
import { clientIp } from './client-ip';
import type { Resolver } from './resolver';

const originOf = (request: Request) => new URL(request.url).origin;
const actorOf = (login: string, request: Request) => ({ login, ip: clientIp(request) });

export const getOnboarding: Resolver<Endpoints['getOnboarding']> = ({ gateway, params, request }) =>
  gateway.onboarding.checklist(params.profileId, originOf(request));

export const setContracts: Resolver<Endpoints['setContracts']> = ({ gateway, params, body, user, request }) => {
  gateway.onboarding.setContractsSigned(params.profileId, body.signed, actorOf(user.login, request));
  return gateway.onboarding.checklist(params.profileId, originOf(request));
};

export const requestSwitch: Resolver<Endpoints['requestSwitch']> = ({ gateway, params, user, request }) => {
  gateway.onboarding.requestSwitch(params.profileId, actorOf(user.login, request));
  return gateway.onboarding.checklist(params.profileId, originOf(request));
};

export const getIntegration: Resolver<Endpoints['getIntegration']> = ({ gateway, params, request }) => {
  const profile = gateway.profiles.find((candidate) => candidate.id === params.profileId)!;
  const payments = gateway.settings.get(profile.id, 'payments');
  return {
    profileId: profile.id,
    mode: profile.mode,
    merchantId: profile.merchantId,
    paymentUrl: gateway.onboarding.paymentUrl(profile, originOf(request)),
    requireCheckValue: gateway.settings.get(profile.id, 'signature').requireCheckValue,
    secretWordSet: gateway.settings.secretWordState(profile.id).set,
    returnUrlOk: payments.returnUrlOk,
    returnUrlNo: payments.returnUrlNo,
  };
};

export const computeCheckValue: Resolver<Endpoints['computeCheckValue']> = ({ gateway, params, body }) =>
  gateway.onboarding.checkValue(params.profileId, body);

export const makeTestPayment: Resolver<Endpoints['makeTestPayment']> = ({ gateway, params, body, request }) =>
  gateway.onboarding.testPayment(params.profileId, body, clientIp(request));

export const compareSettings: Resolver<Endpoints['compareSettings']> = ({ gateway, params }) =>
  gateway.onboarding.compare(params.profileId);

export const copySettings: Resolver<Endpoints['copySettings']> = ({ gateway, params, body, user, request }) =>
  gateway.onboarding.copySettings(params.profileId, body, actorOf(user.login, request));
