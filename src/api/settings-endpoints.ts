import { z } from 'zod';
import { ProfileId } from './common';
// A cycle with endpoints.ts that is safe: `endpoint` is a hoisted function declaration.
import { endpoint } from './endpoints';
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

const ProfileParams = z.object({ profileId: ProfileId });
const GroupParams = ProfileParams.extend({ group: SettingsGroup });
const VersionParams = GroupParams.extend({ version: z.coerce.number().pipe(SettingsVersionNumber) });

function readGroup<const P extends string, S extends z.ZodType>(path: P, summary: string, response: S) {
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

function saveGroup<const P extends string, B extends z.ZodType, S extends z.ZodType>(
  path: P,
  summary: string,
  body: B,
  response: S,
) {
  return endpoint({
    method: 'PUT',
    path,
    summary: `${summary}; If-Match names the version it is based on (412 when someone saved first)`,
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
  getPaymentSettings: readGroup(PAYMENTS, 'Payment settings of a profile, with its version', PaymentSettingsState),
  savePaymentSettings: saveGroup(PAYMENTS, 'Saves the payment settings', PaymentSettings, PaymentSettingsState),
  getNotificationSettings: readGroup(NOTIFICATIONS, 'Result-notification settings', NotificationSettingsState),
  saveNotificationSettings: saveGroup(
    NOTIFICATIONS,
    'Saves the result-notification settings',
    NotificationSettings,
    NotificationSettingsState,
  ),
  getSignatureSettings: readGroup(
    SIGNATURE,
    'Order-signature settings; the secret word only as set/not set, never itself',
    SignatureSettingsState,
  ),
  saveSignatureSettings: saveGroup(
    SIGNATURE,
    'Saves the order-signature settings (the secret word has its own endpoint)',
    SignatureSettings,
    SignatureSettingsState,
  ),
  getRegisterSettings: readGroup(REGISTER, 'Daily register and e-mail letter settings', RegisterSettingsState),
  saveRegisterSettings: saveGroup(
    REGISTER,
    'Saves the daily register and e-mail letter settings',
    RegisterSettings,
    RegisterSettingsState,
  ),
  resendRegister: endpoint({
    method: 'POST',
    path: '/profiles/{profileId}/settings/register/resend',
    summary: 'Sends the register of a past day (merchant time) again to the current recipients',
    right: 'settings',
    params: ProfileParams,
    body: ResendRegisterRequest,
    response: RegisterResend,
    errors: [401, 403, 404, 409, 422],
  }),
  getEnterpriseSettings: readGroup(
    ENTERPRISE,
    'Enterprise data: name, contacts, addresses, bank',
    EnterpriseSettingsState,
  ),
  saveEnterpriseSettings: saveGroup(
    ENTERPRISE,
    'Saves the enterprise data',
    EnterpriseSettings,
    EnterpriseSettingsState,
  ),
  setSecretWord: endpoint({
    method: 'PUT',
    path: '/profiles/{profileId}/settings/signature/secret-word',
    summary:
      'Sets or rotates the secret word; the previous one stays valid for requests overlapDays (0–7), notifications use the new one at once. The word is never answered',
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
    summary: 'Every version of a group, newest first: who, when, what changed (secrets masked)',
    right: 'monitor',
    params: GroupParams,
    response: SettingsHistory,
    errors: [401, 403, 404, 422],
  }),
  restoreSettingsVersion: endpoint({
    method: 'POST',
    path: '/profiles/{profileId}/settings/{group}/versions/{version}/restore',
    summary: 'Brings an earlier version of a group back as a new version (the secret word is not restored)',
    right: 'settings',
    params: VersionParams,
    headers: IfMatchHeaders,
    response: SettingsState,
    responseHeaders: ETagHeaders,
    errors: [401, 403, 404, 412, 422],
  }),
} as const;
