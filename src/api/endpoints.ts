import { auditEndpoints } from './audit-endpoints';
import { notificationEndpoints } from './notification-endpoints';
import { onboardingEndpoints } from './onboarding-endpoints';
import { orderEndpoints } from './order-endpoints';
import { sessionEndpoints } from './session-endpoints';
import { settingsEndpoints } from './settings-endpoints';
import { userEndpoints } from './user-endpoints';
import { webServiceEndpoints } from './web-service-endpoints';

export type { EndpointDef } from './endpoint-def';
export { API_BASE_PATH } from './endpoint-def';

/**
 * Every endpoint of the gateway API, described once, area by area. The mock gateway serves this
 * table and the OpenAPI document is generated from it. The cabinet itself imports each area's
 * own table, so that a page loads (and builds the schemas of) only the contract it calls.
 * Fixed sub-paths come before the patterns that would match them too, as the tables order them.
 */
export const endpoints = {
  ...sessionEndpoints,
  ...userEndpoints,
  ...auditEndpoints,
  ...orderEndpoints,
  ...settingsEndpoints,
  ...notificationEndpoints,
  ...webServiceEndpoints,
  ...onboardingEndpoints,
} as const;

export type Endpoints = typeof endpoints;
export type EndpointName = keyof Endpoints;
