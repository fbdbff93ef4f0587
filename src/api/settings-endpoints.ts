import * as z from 'zod/mini';
import { ProfileParams } from './common';
// A cycle with endpoints.ts that is safe: `endpoint` is a hoisted function declaration.
import { endpoint } from './endpoint-def';
import {
  EnterpriseSettings,
  NotificationSettings,
  PaymentSettings,
  RegisterResend,
  RegisterSettings,
  ResendRegisterRequest,
  SetSecretWordRequest,
  SettingsGroup,
  SignatureSettings,
} from './settings';
import {
  ETagHeaders,
  EnterpriseSettingsState,
  IfMatchHeaders,
  NotificationSettingsState,
  PaymentSettingsState,
  RegisterSettingsState,
  SettingsHistory,
  SettingsState,
  SettingsVersionNumber,
  SignatureSettingsState,
} from './settings-versions';

const GroupParams = z.extend(ProfileParams, { group: SettingsGroup });
const VersionParams = z.extend(GroupParams, { version: z.pipe(z.coerce.number(), SettingsVersionNumber) });

function readGroup<const P extends string, S extends z.ZodMiniType>(path: P, summary: string, response: S) {
  return endpoint({
    method: 'GET',
    path,
    summary,
    right: 'monitor',
    params: ProfileParams,
    response,
    responseHeaders: ETagHeaders,
    errors: [401, 403, 404],
  });
}

function saveGroup<const P extends string, B extends z.ZodMiniType, S extends z.ZodMiniType>(
  path: P,
  summary: string,
  body: B,
  response: S,
) {
  return endpoint({
    method: 'PUT',
    path,
    summary: `${summary} (If-Match; 412 if stale)`,
    right: 'settings',
    params: ProfileParams,
    headers: IfMatchHeaders,
    body,
    response,
    responseHeaders: ETagHeaders,
    errors: [401, 403, 404, 412, 422],
  });
}

const PAYMENTS = '/profiles/{profileId}/settings/payments';
const NOTIFICATIONS = '/profiles/{profileId}/settings/notifications';
const SIGNATURE = '/profiles/{profileId}/settings/signature';
const REGISTER = '/profiles/{profileId}/settings/register';
const ENTERPRISE = '/profiles/{profileId}/settings/enterprise';

/** The shop's settings per profile, one group per form (domain §7); spread into `endpoints`. */
export const settingsEndpoints = {
  getPaymentSettings: readGroup(PAYMENTS, 'Payment settings', PaymentSettingsState),
  savePaymentSettings: saveGroup(PAYMENTS, 'Saves payment settings', PaymentSettings, PaymentSettingsState),
  getNotificationSettings: readGroup(NOTIFICATIONS, 'Notification settings', NotificationSettingsState),
  saveNotificationSettings: saveGroup(
    NOTIFICATIONS,
    'Saves notification settings',
    NotificationSettings,
    NotificationSettingsState,
  ),
  getSignatureSettings: readGroup(
    SIGNATURE,
    'Signature settings (the secret word as set or not)',
    SignatureSettingsState,
  ),
  saveSignatureSettings: saveGroup(SIGNATURE, 'Saves signature settings', SignatureSettings, SignatureSettingsState),
  getRegisterSettings: readGroup(REGISTER, 'Register and letter settings', RegisterSettingsState),
  saveRegisterSettings: saveGroup(REGISTER, 'Saves register settings', RegisterSettings, RegisterSettingsState),
  resendRegister: endpoint({
    method: 'POST',
    path: '/profiles/{profileId}/settings/register/resend',
    summary: 'Resends a past day’s register',
    right: 'settings',
    params: ProfileParams,
    body: ResendRegisterRequest,
    response: RegisterResend,
    errors: [401, 403, 404, 409, 422],
  }),
  getEnterpriseSettings: readGroup(ENTERPRISE, 'Enterprise data', EnterpriseSettingsState),
  saveEnterpriseSettings: saveGroup(ENTERPRISE, 'Saves enterprise data', EnterpriseSettings, EnterpriseSettingsState),
  setSecretWord: endpoint({
    method: 'PUT',
    path: '/profiles/{profileId}/settings/signature/secret-word',
    summary: 'Rotates the secret word; the old one stays valid overlapDays',
    right: 'settings',
    params: ProfileParams,
    body: SetSecretWordRequest,
    response: SignatureSettingsState,
    responseHeaders: ETagHeaders,
    errors: [401, 403, 404, 422],
  }),
  listSettingsVersions: endpoint({
    method: 'GET',
    path: '/profiles/{profileId}/settings/{group}/versions',
    summary: 'Versions of a group, newest first',
    right: 'monitor',
    params: GroupParams,
    response: SettingsHistory,
    errors: [401, 403, 404, 422],
  }),
  restoreSettingsVersion: endpoint({
    method: 'POST',
    path: '/profiles/{profileId}/settings/{group}/versions/{version}/restore',
    summary: 'Restores a version as a new one',
    right: 'settings',
    params: VersionParams,
    headers: IfMatchHeaders,
    response: SettingsState,
    responseHeaders: ETagHeaders,
    errors: [401, 403, 404, 412, 422],
  }),
} as const;
