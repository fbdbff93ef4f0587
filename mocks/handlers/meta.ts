import type { Endpoints } from '@/api/endpoints';
import { DEMO_PASSWORD, DEMO_USERS } from '../gateway/enterprise';
import type { Resolver } from './resolver';

export const getMeta: Resolver<Endpoints['getMeta']> = () => ({
  demo: true,
  demoUsers: DEMO_USERS.map((user) => ({ login: user.login, role: user.role })),
  demoPassword: DEMO_PASSWORD,
});
