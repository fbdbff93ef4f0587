import { http, type HttpHandler } from 'msw';
import { API_BASE_PATH, endpoints, type EndpointName, type Endpoints } from '@/api/endpoints';
import { exportAudit, listAudit, orderAudit } from './audit';
import { methodHandlers } from './methods';
import {
  listNotifications,
  notificationHealth,
  orderNotifications,
  resendFailedNotifications,
  resendNotification,
  sendTestNotification,
} from './notifications';
import { notificationTestControls } from './notification-test-controls';
import { getMeta } from './meta';
import { cancelOrder, confirmOrder } from './order-actions';
import { countOrders, exportOrders, getOrder, listOrders, orderTotals } from './orders';
import {
  compareSettings,
  computeCheckValue,
  copySettings,
  getIntegration,
  getOnboarding,
  makeTestPayment,
  requestSwitch,
  setContracts,
} from './onboarding';
import { problemResponse } from './problems';
import { defineHandler, type Resolver } from './resolver';
import {
  getEnterpriseSettings,
  getNotificationSettings,
  getPaymentSettings,
  getRegisterSettings,
  getSignatureSettings,
  listSettingsVersions,
  resendRegister,
  restoreSettingsVersion,
  saveEnterpriseSettings,
  saveNotificationSettings,
  savePaymentSettings,
  saveRegisterSettings,
  saveSignatureSettings,
  setSecretWord,
} from './settings';
import { testControls } from './test-controls';
import { confirmTotp, disableTotp, startTotp } from './totp';
import {
  createUser,
  deleteUser,
  disableUser,
  enableUser,
  endUserSessions,
  listUsers,
  resetUserPassword,
  updateSecurity,
  updateUser,
} from './users';
import {
  createWebServiceAccount,
  disableWebServiceAccount,
  enableWebServiceAccount,
  listWebServiceAccounts,
  rotateWebServiceAccount,
} from './web-service';
import { webServiceCalls } from './web-service-calls';
import { changePassword, endOtherSessions, getSession, listSessions, login, logout } from './session';

type Resolvers = { [K in EndpointName]: Resolver<Endpoints[K]> };

/** One resolver per endpoint of the contract; the compiler insists none is missing. */
const resolvers: Resolvers = {
  getMeta,
  login,
  getSession,
  logout,
  changePassword,
  listSessions,
  endOtherSessions,
  startTotp,
  confirmTotp,
  disableTotp,
  listUsers,
  createUser,
  updateUser,
  disableUser,
  enableUser,
  resetUserPassword,
  endUserSessions,
  deleteUser,
  updateSecurity,
  listAudit,
  exportAudit,
  orderAudit,
  listOrders,
  countOrders,
  orderTotals,
  exportOrders,
  getOrder,
  confirmOrder,
  cancelOrder,
  getPaymentSettings,
  savePaymentSettings,
  getNotificationSettings,
  saveNotificationSettings,
  getSignatureSettings,
  saveSignatureSettings,
  getRegisterSettings,
  saveRegisterSettings,
  resendRegister,
  getEnterpriseSettings,
  saveEnterpriseSettings,
  setSecretWord,
  listSettingsVersions,
  restoreSettingsVersion,
  listNotifications,
  notificationHealth,
  sendTestNotification,
  resendFailedNotifications,
  resendNotification,
  orderNotifications,
  listWebServiceAccounts,
  createWebServiceAccount,
  disableWebServiceAccount,
  enableWebServiceAccount,
  rotateWebServiceAccount,
  getOnboarding,
  setContracts,
  requestSwitch,
  getIntegration,
  computeCheckValue,
  makeTestPayment,
  compareSettings,
  copySettings,
};

function handlerFor<K extends EndpointName>(name: K): HttpHandler {
  return defineHandler(endpoints[name], resolvers[name]);
}

/** Unknown paths under the API answer a 404 problem rather than falling through to the app. */
const unknownEndpoint = http.all(`*${API_BASE_PATH}/*`, ({ request }) =>
  problemResponse(404, { detail: `${request.method} ${new URL(request.url).pathname}: no such endpoint` }),
);

const endpointHandlers = (Object.keys(endpoints) as EndpointName[]).map((name) => handlerFor(name));

export const handlers: HttpHandler[] = [
  ...endpointHandlers,
  ...methodHandlers(endpointHandlers),
  testControls,
  ...notificationTestControls,
  ...webServiceCalls,
  unknownEndpoint,
];
