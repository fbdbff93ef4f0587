import { ProfileParams } from './common';
import { endpoint } from './endpoint-def';
import {
  CheckValueAnswer,
  CheckValueRequest,
  ContractsRequest,
  Integration,
  Onboarding,
  TestPaymentRequest,
} from './onboarding';
import { OrderDetail } from './orders';
import { SettingsComparison, SettingsCopyRequest, SettingsCopyResult } from './settings-compare';

/** Going live and the integration helper: the administrator's (right `settings`). */
export const onboardingEndpoints = {
  getOnboarding: endpoint({
    method: 'GET',
    path: '/profiles/{profileId}/onboarding',
    summary: 'The going-live checklist of a test profile, each step derived from the gateway’s facts',
    right: 'settings',
    params: ProfileParams,
    response: Onboarding,
    errors: [401, 403, 404, 409],
  }),
  setContracts: endpoint({
    method: 'PUT',
    path: '/profiles/{profileId}/onboarding/contracts',
    summary: 'The administrator confirms (or withdraws, before the switch) that the contracts are signed',
    right: 'settings',
    params: ProfileParams,
    body: ContractsRequest,
    response: Onboarding,
    errors: [401, 403, 404, 409, 422],
  }),
  requestSwitch: endpoint({
    method: 'POST',
    path: '/profiles/{profileId}/onboarding/switch',
    summary: 'Ask the gateway to switch the shop to live; the review ends after a delay, then the live profile exists',
    right: 'settings',
    params: ProfileParams,
    response: Onboarding,
    errors: [401, 403, 404, 409],
  }),
  getIntegration: endpoint({
    method: 'GET',
    path: '/profiles/{profileId}/integration',
    summary:
      'What the shop’s payment form needs for this profile: the payment page’s URL, Merchant_ID, check-value rule',
    right: 'settings',
    params: ProfileParams,
    response: Integration,
    errors: [401, 403, 404],
  }),
  computeCheckValue: endpoint({
    method: 'POST',
    path: '/profiles/{profileId}/integration/check-value',
    summary: 'The check value of an order’s payment request under the profile’s current secret word',
    right: 'settings',
    params: ProfileParams,
    body: CheckValueRequest,
    response: CheckValueAnswer,
    errors: [401, 403, 404, 422],
  }),
  makeTestPayment: endpoint({
    method: 'POST',
    path: '/profiles/{profileId}/test-payments',
    summary:
      'A test payment through the payment page, signed for the shop and paid with a test card (test profiles only)',
    right: 'settings',
    params: ProfileParams,
    body: TestPaymentRequest,
    response: OrderDetail,
    errors: [401, 403, 404, 409, 422],
  }),
  compareSettings: endpoint({
    method: 'GET',
    path: '/profiles/{profileId}/settings-compare',
    summary: 'The settings that differ between a test profile and its live profile (secrets never shown)',
    right: 'settings',
    params: ProfileParams,
    response: SettingsComparison,
    errors: [401, 403, 404, 409],
  }),
  copySettings: endpoint({
    method: 'POST',
    path: '/profiles/{profileId}/settings-copy',
    summary: 'Copy chosen settings groups from a test profile to its live profile, or preview what would change',
    right: 'settings',
    params: ProfileParams,
    body: SettingsCopyRequest,
    response: SettingsCopyResult,
    errors: [401, 403, 404, 409, 422],
  }),
} as const;
