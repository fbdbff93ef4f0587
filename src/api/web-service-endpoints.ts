import { endpoint } from './endpoint-def';
import {
  CreateWebServiceAccountRequest,
  WebServiceAccount,
  WebServiceAccountList,
  WebServiceAccountParams,
  WebServiceAccountSecret,
  WebServiceProfileParams,
} from './web-service-accounts';

/** The cabinet's endpoints for web-service accounts; spread into the endpoint table. */
export const webServiceEndpoints = {
  listWebServiceAccounts: endpoint({
    method: 'GET',
    path: '/profiles/{profileId}/web-service-accounts',
    summary: "The profile's web-service accounts (passwords are never answered)",
    right: 'web-service',
    params: WebServiceProfileParams,
    response: WebServiceAccountList,
    errors: [401, 403, 404, 422],
  }),
  createWebServiceAccount: endpoint({
    method: 'POST',
    path: '/profiles/{profileId}/web-service-accounts',
    summary: 'Creates a web-service account with a generated password, answered this once',
    right: 'web-service',
    params: WebServiceProfileParams,
    body: CreateWebServiceAccountRequest,
    response: WebServiceAccountSecret,
    errors: [401, 403, 404, 409, 422],
  }),
  disableWebServiceAccount: endpoint({
    method: 'POST',
    path: '/profiles/{profileId}/web-service-accounts/{login}/disable',
    summary: 'Disables a web-service account: its calls are refused until it is enabled',
    right: 'web-service',
    params: WebServiceAccountParams,
    response: WebServiceAccount,
    errors: [401, 403, 404, 422],
  }),
  enableWebServiceAccount: endpoint({
    method: 'POST',
    path: '/profiles/{profileId}/web-service-accounts/{login}/enable',
    summary: 'Enables a disabled web-service account',
    right: 'web-service',
    params: WebServiceAccountParams,
    response: WebServiceAccount,
    errors: [401, 403, 404, 422],
  }),
  rotateWebServiceAccount: endpoint({
    method: 'POST',
    path: '/profiles/{profileId}/web-service-accounts/{login}/password',
    summary: 'Generates a new password (answered this once); the old one is refused from now on',
    right: 'web-service',
    params: WebServiceAccountParams,
    response: WebServiceAccountSecret,
    errors: [401, 403, 404, 422],
  }),
} as const;
