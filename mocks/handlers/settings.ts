import type { Endpoints } from '@/api/endpoints';
import type { SettingsByGroup, SettingsGroup } from '@/api/settings';
import { etagOf, versionOfETag, type SettingsStateOf } from '@/api/settings-versions';
import { resendRegister as resend } from '../gateway/settings/register-resend';
import { clientIp } from './client-ip';
import type { Resolver, ResolverContext } from './resolver';

type AnyContext = Pick<ResolverContext<Endpoints['savePaymentSettings']>, 'user' | 'request' | 'responseHeaders'>;

const actor = ({ user, request }: AnyContext) => ({ login: user.login, ip: clientIp(request) });

/** Every answer with a group carries its version as the ETag the next write must name. */
function tagged<S extends { version: number }>(context: Pick<AnyContext, 'responseHeaders'>, state: S): S {
  context.responseHeaders.set('ETag', etagOf(state.version));
  return state;
}

type GetName = `get${string}Settings` & keyof Endpoints;
type SaveName = `save${string}Settings` & keyof Endpoints;

function reader<G extends SettingsGroup>(group: G): Resolver<Endpoints[GetName]> {
  return (context) => tagged(context, context.gateway.settingsVersions.current(context.params.profileId, group));
}

function saver<G extends SettingsGroup>(group: G): Resolver<Endpoints[SaveName]> {
  return (context) =>
    tagged(
      context,
      context.gateway.settingsVersions.save(
        context.params.profileId,
        group,
        context.body as SettingsByGroup[G],
        versionOfETag(context.headers['if-match']),
        actor(context),
      ) as SettingsStateOf<SettingsGroup>,
    );
}

export const getPaymentSettings: Resolver<Endpoints['getPaymentSettings']> = reader('payments');
export const savePaymentSettings: Resolver<Endpoints['savePaymentSettings']> = saver('payments');
export const getNotificationSettings: Resolver<Endpoints['getNotificationSettings']> = reader('notifications');
export const saveNotificationSettings: Resolver<Endpoints['saveNotificationSettings']> = saver('notifications');
export const getSignatureSettings: Resolver<Endpoints['getSignatureSettings']> = reader('signature');
export const saveSignatureSettings: Resolver<Endpoints['saveSignatureSettings']> = saver('signature');
export const getRegisterSettings: Resolver<Endpoints['getRegisterSettings']> = reader('register');
export const saveRegisterSettings: Resolver<Endpoints['saveRegisterSettings']> = saver('register');
export const getEnterpriseSettings: Resolver<Endpoints['getEnterpriseSettings']> = reader('enterprise');
export const saveEnterpriseSettings: Resolver<Endpoints['saveEnterpriseSettings']> = saver('enterprise');

export const setSecretWord: Resolver<Endpoints['setSecretWord']> = (context) =>
  tagged(
    context,
    context.gateway.settingsVersions.setSecretWord(
      context.params.profileId,
      context.body.secretWord,
      context.body.overlapDays,
      actor(context),
    ),
  );

export const listSettingsVersions: Resolver<Endpoints['listSettingsVersions']> = ({ gateway, params }) => ({
  group: params.group,
  items: gateway.settingsVersions.history(params.profileId, params.group),
});

export const restoreSettingsVersion: Resolver<Endpoints['restoreSettingsVersion']> = (context) =>
  tagged(
    context,
    context.gateway.settingsVersions.restore(
      context.params.profileId,
      context.params.group,
      context.params.version,
      versionOfETag(context.headers['if-match']),
      actor(context),
    ),
  );

export const resendRegister: Resolver<Endpoints['resendRegister']> = (context) =>
  resend(
    { store: context.gateway.settings, clock: context.gateway.clock, trail: context.gateway.trail },
    context.params.profileId,
    context.body.day,
    actor(context),
  );
