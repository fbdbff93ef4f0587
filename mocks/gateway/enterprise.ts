import type { Profile, Right } from '@/api/session';

export const ENTERPRISE = { name: 'Книжный дом «Полка»', timezone: 'Europe/Moscow' } as const;

export const LIVE_PROFILE_ID = '600401';
export const TEST_PROFILE_ID = '900401';

/** Profile id = Merchant_ID; the test profile is where the shop tried its integration. */
export const PROFILES: readonly Profile[] = [
  { id: LIVE_PROFILE_ID, mode: 'live', merchantId: LIVE_PROFILE_ID, name: 'Книжный дом «Полка»' },
  { id: TEST_PROFILE_ID, mode: 'test', merchantId: TEST_PROFILE_ID, name: 'Книжный дом «Полка» (тест)' },
];

/**
 * A second shop of the enterprise, just connected: it has received its test profile only and
 * goes live through the checklist (docs/domain.md §8); its live profile is issued on approval.
 */
export const NEW_SHOP_TEST_PROFILE_ID = '900402';
export const NEW_SHOP_LIVE_PROFILE_ID = '600402';
export const NEW_SHOP_TEST_PROFILE: Profile = {
  id: NEW_SHOP_TEST_PROFILE_ID,
  mode: 'test',
  merchantId: NEW_SHOP_TEST_PROFILE_ID,
  name: 'Полка. Детская (тест)',
};
export const NEW_SHOP_LIVE_PROFILE: Profile = {
  id: NEW_SHOP_LIVE_PROFILE_ID,
  mode: 'live',
  merchantId: NEW_SHOP_LIVE_PROFILE_ID,
  name: 'Полка. Детская',
};

/** Every profile the gateway starts with; more appear as shops go live. */
export const INITIAL_PROFILES: readonly Profile[] = [...PROFILES, NEW_SHOP_TEST_PROFILE];

/** A test profile and the live profile it becomes, per shop. */
export const PROFILE_PAIRS: readonly { test: string; live: string }[] = [
  { test: TEST_PROFILE_ID, live: LIVE_PROFILE_ID },
  { test: NEW_SHOP_TEST_PROFILE_ID, live: NEW_SHOP_LIVE_PROFILE_ID },
];

export interface DemoUser {
  login: string;
  name: string;
  role: 'admin' | 'accountant' | 'viewer';
  rights: readonly Right[];
}

export const DEMO_PASSWORD = 'Demo1234';

/** Roles are presets of rights (docs/domain.md §10, docs/conventions.md). */
export const DEMO_USERS: readonly DemoUser[] = [
  {
    login: 'admin',
    name: 'Ирина Соколова',
    role: 'admin',
    rights: ['monitor', 'confirm', 'cancel', 'export', 'settings', 'users'],
  },
  {
    login: 'accountant',
    name: 'Марина Кузнецова',
    role: 'accountant',
    rights: ['monitor', 'confirm', 'cancel', 'export'],
  },
  { login: 'viewer', name: 'Павел Орлов', role: 'viewer', rights: ['monitor'] },
];
