import type { Profile, Right } from '@/api/session';

export const ENTERPRISE = { name: 'Книжный дом «Полка»', timezone: 'Europe/Moscow' } as const;

export const LIVE_PROFILE_ID = '600401';
export const TEST_PROFILE_ID = '900401';

/** Profile id = Merchant_ID; the test profile is where the shop tried its integration. */
export const PROFILES: readonly Profile[] = [
  { id: LIVE_PROFILE_ID, mode: 'live', merchantId: LIVE_PROFILE_ID, name: 'Книжный дом «Полка»' },
  { id: TEST_PROFILE_ID, mode: 'test', merchantId: TEST_PROFILE_ID, name: 'Книжный дом «Полка» (тест)' },
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
