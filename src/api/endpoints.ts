import { z } from 'zod';
import { endpoint } from './endpoint-def';
import { ProfileId } from './common';
import { CancelRequest, ConfirmRequest, IdempotencyHeaders, OrderActionResult } from './order-actions';
import { OrderListTotals } from './order-totals';
import {
  Billnumber,
  OrderCounts,
  OrderDetail,
  OrderExportHeaders,
  OrderExportQuery,
  OrderFiltersQuery,
  OrderList,
  OrderListQuery,
} from './orders';
import { AuditFilters, AuditList, AuditPage, AuditQuery } from './audit';
import { RecoveryCodes, TotpCodeRequest, TotpEnrolment } from './totp';
import {
  CreateUserRequest,
  ResetPasswordRequest,
  SecurityPolicy,
  UpdateUserRequest,
  UserList,
  UserParams,
  UserSummary,
} from './users';
import { webServiceEndpoints } from './web-service-endpoints';
import { settingsEndpoints } from './settings-endpoints';
import { notificationEndpoints } from './notification-endpoints';
import { ActiveSessionList, ChangePasswordRequest, LoginRequest, LoginResponse, Meta, SessionInfo } from './session';
import { onboardingEndpoints } from './onboarding-endpoints';

export type { EndpointDef } from './endpoint-def';

export const API_BASE_PATH = '/api/v1';

const ProfileParams = z.object({ profileId: ProfileId });
const OrderParams = ProfileParams.extend({ billnumber: Billnumber });

/**
 * Every endpoint of the gateway API, described once. The client calls them, the mock gateway
 * serves them, and the OpenAPI document is generated from them.
 */
export const endpoints = {
  getMeta: endpoint({
    method: 'GET',
    path: '/meta',
    summary: 'Public facts about the API (demo mode, demo accounts)',
    auth: false,
    response: Meta,
  }),
  login: endpoint({
    method: 'POST',
    path: '/session',
    summary:
      'Sign in; sets the HttpOnly session cookie and returns the session with its CSRF token. 401 second-factor-required asks for the code; 429 locked after five failures',
    auth: false,
    body: LoginRequest,
    response: LoginResponse,
    errors: [401, 422, 429],
  }),
  getSession: endpoint({
    method: 'GET',
    path: '/session',
    summary: 'The signed-in user, their rights and bound profiles, the CSRF token; counts as activity',
    openDuringSetup: true,
    response: SessionInfo,
    errors: [401],
  }),
  logout: endpoint({
    method: 'DELETE',
    path: '/session',
    summary: 'Sign out: the session ends on the server and its cookie is cleared',
    openDuringSetup: true,
    errors: [401, 403],
  }),
  changePassword: endpoint({
    method: 'PUT',
    path: '/session/password',
    summary: "Change one's own password (also the forced change of a temporary one); ends the user's other sessions",
    openDuringSetup: true,
    body: ChangePasswordRequest,
    response: SessionInfo,
    errors: [401, 403, 422],
  }),
  listSessions: endpoint({
    method: 'GET',
    path: '/session/all',
    summary: "The user's active sessions: browser, IP, last activity",
    response: ActiveSessionList,
    errors: [401, 403],
  }),
  endOtherSessions: endpoint({
    method: 'DELETE',
    path: '/session/others',
    summary: 'Ends every session of the user but the current one',
    errors: [401, 403],
  }),
  startTotp: endpoint({
    method: 'POST',
    path: '/session/totp',
    summary: 'Starts enrolling a TOTP second factor (RFC 6238): a new secret, as an otpauth URI and a key',
    openDuringSetup: true,
    response: TotpEnrolment,
    errors: [401, 403, 409],
  }),
  confirmTotp: endpoint({
    method: 'POST',
    path: '/session/totp/confirm',
    summary: 'Confirms the enrolment with a code from the app; answers the ten recovery codes, once',
    openDuringSetup: true,
    body: TotpCodeRequest,
    response: RecoveryCodes,
    errors: [401, 403, 409, 422],
  }),
  disableTotp: endpoint({
    method: 'DELETE',
    path: '/session/totp',
    summary: 'Turns the second factor off (refused while the enterprise requires it)',
    body: TotpCodeRequest,
    errors: [401, 403, 409, 422],
  }),
  listUsers: endpoint({
    method: 'GET',
    path: '/users',
    summary: 'Every user with rights, profiles, state, 2FA and last sign-in; the security policy',
    right: 'users',
    response: UserList,
    errors: [401, 403],
  }),
  createUser: endpoint({
    method: 'POST',
    path: '/users',
    summary: 'Creates a user with a temporary password to be changed at the first sign-in',
    right: 'users',
    body: CreateUserRequest,
    response: UserSummary,
    errors: [401, 403, 409, 422],
  }),
  updateUser: endpoint({
    method: 'PATCH',
    path: '/users/{login}',
    summary: 'Changes name, rights or profiles; nobody removes their own manage-users right, nor the last one',
    right: 'users',
    params: UserParams,
    body: UpdateUserRequest,
    response: UserSummary,
    errors: [401, 403, 404, 409, 422],
  }),
  disableUser: endpoint({
    method: 'POST',
    path: '/users/{login}/disable',
    summary: 'Disables a user and ends their sessions (not the last manage-users holder)',
    right: 'users',
    params: UserParams,
    response: UserSummary,
    errors: [401, 403, 404, 409],
  }),
  enableUser: endpoint({
    method: 'POST',
    path: '/users/{login}/enable',
    summary: 'Enables a disabled user',
    right: 'users',
    params: UserParams,
    response: UserSummary,
    errors: [401, 403, 404],
  }),
  resetUserPassword: endpoint({
    method: 'POST',
    path: '/users/{login}/password',
    summary: 'Sets a temporary password (changed at the next sign-in) and ends the user’s sessions',
    right: 'users',
    params: UserParams,
    body: ResetPasswordRequest,
    response: UserSummary,
    errors: [401, 403, 404, 422],
  }),
  endUserSessions: endpoint({
    method: 'DELETE',
    path: '/users/{login}/sessions',
    summary: 'Ends every session of a user',
    right: 'users',
    params: UserParams,
    errors: [401, 403, 404],
  }),
  deleteUser: endpoint({
    method: 'DELETE',
    path: '/users/{login}',
    summary: 'Deletes a user for good (not oneself, not the last manage-users holder)',
    right: 'users',
    params: UserParams,
    errors: [401, 403, 404, 409],
  }),
  updateSecurity: endpoint({
    method: 'PUT',
    path: '/security',
    summary: 'Whether every user must sign in with a second factor',
    right: 'users',
    body: SecurityPolicy,
    response: SecurityPolicy,
    errors: [401, 403, 422],
  }),
  listAudit: endpoint({
    method: 'GET',
    path: '/audit',
    summary: 'The append-only audit log, newest first, filtered and paged on the server',
    right: 'audit',
    query: AuditQuery,
    response: AuditPage,
    errors: [401, 403, 422],
  }),
  exportAudit: endpoint({
    method: 'GET',
    path: '/audit/export',
    summary: 'The audit entries the filters match, as CSV (UTF-8 with BOM, ";" separated)',
    right: 'audit',
    query: AuditFilters,
    produces: 'text/csv',
    errors: [401, 403, 422],
  }),
  listOrders: endpoint({
    method: 'GET',
    path: '/profiles/{profileId}/orders',
    summary: 'Orders of a profile: filtered, sorted and paginated on the server',
    right: 'monitor',
    params: ProfileParams,
    query: OrderListQuery,
    response: OrderList,
    errors: [401, 403, 404, 422],
  }),
  // Fixed sub-paths of /orders come before /orders/{billnumber}, which would match them too.
  countOrders: endpoint({
    method: 'GET',
    path: '/profiles/{profileId}/orders/counts',
    summary: 'How many orders each quick view holds under the given filters (the state filter is ignored)',
    right: 'monitor',
    params: ProfileParams,
    query: OrderFiltersQuery,
    response: OrderCounts,
    errors: [401, 403, 404, 422],
  }),
  orderTotals: endpoint({
    method: 'GET',
    path: '/profiles/{profileId}/orders/totals',
    summary: 'What the orders the filters match add up to, per currency (the state filter applies)',
    right: 'monitor',
    params: ProfileParams,
    query: OrderFiltersQuery,
    response: OrderListTotals,
    errors: [401, 403, 404, 422],
  }),
  exportOrders: endpoint({
    method: 'GET',
    path: '/profiles/{profileId}/orders/export',
    summary: 'Every order the filters match, streamed as CSV (UTF-8 with BOM, ";" separated)',
    right: 'export',
    params: ProfileParams,
    query: OrderExportQuery,
    responseHeaders: OrderExportHeaders,
    produces: 'text/csv',
    errors: [401, 403, 404, 422],
  }),
  getOrder: endpoint({
    method: 'GET',
    path: '/profiles/{profileId}/orders/{billnumber}',
    summary: 'One order with its operations and their transactions',
    right: 'monitor',
    params: OrderParams,
    response: OrderDetail,
    errors: [401, 403, 404, 422],
  }),
  orderAudit: endpoint({
    method: 'GET',
    path: '/profiles/{profileId}/orders/{billnumber}/audit',
    summary: 'Who did what to this order: its entries of the audit log, oldest first',
    right: 'monitor',
    params: OrderParams,
    response: AuditList,
    errors: [401, 403, 404, 422],
  }),
  confirmOrder: endpoint({
    method: 'POST',
    path: '/profiles/{profileId}/orders/{billnumber}/confirm',
    summary: 'Confirm (charge) a two-stage payment, fully or partially; idempotent per Idempotency-Key',
    right: 'confirm',
    params: OrderParams,
    headers: IdempotencyHeaders,
    body: ConfirmRequest,
    response: OrderActionResult,
    errors: [401, 403, 404, 409, 422],
  }),
  cancelOrder: endpoint({
    method: 'POST',
    path: '/profiles/{profileId}/orders/{billnumber}/cancel',
    summary: 'Cancel or refund an order, fully or partially; the gateway picks reversal or refund',
    right: 'cancel',
    params: OrderParams,
    headers: IdempotencyHeaders,
    body: CancelRequest,
    response: OrderActionResult,
    errors: [401, 403, 404, 409, 422],
  }),
  ...settingsEndpoints,
  ...notificationEndpoints,
  ...webServiceEndpoints,
  ...onboardingEndpoints,
} as const;

export type Endpoints = typeof endpoints;
export type EndpointName = keyof Endpoints;
