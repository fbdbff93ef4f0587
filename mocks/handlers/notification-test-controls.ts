import { http, HttpResponse, type HttpHandler } from 'msw';
import * as z from 'zod/mini';
import { API_BASE_PATH } from '@/api/endpoints';
import { NotificationSettings, SetSecretWordRequest } from '@/api/settings';
import { getGateway } from '../runtime';
import { mockConfig } from './config';
import { fieldErrors, problemResponse, validationProblem } from './problems';

/**
 * End-to-end runs set where a profile's notifications go and rotate its secret word without the
 * settings pages: `POST /api/v1/__test/notifications/settings {"profileId", …fields to change}` and
 * `POST /api/v1/__test/secret-word {"profileId", "secretWord", "overlapDays"}`. Off unless the
 * server is started with GATEWAY_TEST_CONTROLS=1, like the clock control.
 */
const Profile = z.object({ profileId: z.string() });
const SettingsChange = z.strictObject({ ...Profile.shape, ...z.partial(NotificationSettings).shape });
const SecretChange = z.strictObject({ ...Profile.shape, ...SetSecretWordRequest.shape });

function control<S extends z.ZodMiniType>(
  path: string,
  schema: S,
  apply: (input: z.output<S>) => unknown,
): HttpHandler {
  return http.post(`*${API_BASE_PATH}/__test/${path}`, async ({ request }) => {
    if (!mockConfig().testControls) return problemResponse(404, { detail: 'No such endpoint' });
    const parsed = schema.safeParse(await request.json().catch(() => null));
    if (!parsed.success) return validationProblem(fieldErrors(parsed.error, 'body'));
    const { profileId } = parsed.data as { profileId: string };
    if (!getGateway().hasProfile(profileId)) return problemResponse(404, { detail: `No profile ${profileId}` });
    return HttpResponse.json(apply(parsed.data) ?? { ok: true });
  });
}

export const notificationTestControls: HttpHandler[] = [
  control('notifications/settings', SettingsChange, ({ profileId, ...change }) => {
    const { settings } = getGateway();
    const next = { ...settings.get(profileId, 'notifications'), ...change };
    settings.replace(profileId, 'notifications', next);
    return next;
  }),
  control('secret-word', SecretChange, ({ profileId, secretWord, overlapDays }) => {
    getGateway().settings.setSecretWord(profileId, secretWord, overlapDays);
    return getGateway().settings.secretWordState(profileId);
  }),
];
