import { MAX_PERIOD_DAYS } from '@/api/orders';
import type { RegisterResend } from '@/api/settings';
import type { AuditTrail } from '../access/audit-trail';
import { DAY, type Clock } from '../clock';
import { FIRSTCODE, GatewayError } from '../errors';
import { MERCHANT_OFFSET } from '../merchant-time';
import type { SettingsStore } from './settings-store';
import type { SettingsActor } from './settings-versions';

interface Context {
  store: SettingsStore;
  clock: Clock;
  trail: AuditTrail;
}

/** yyyy-MM-dd of an instant in the merchant's zone. */
const merchantDay = (ms: number) => new Date(ms + MERCHANT_OFFSET).toISOString().slice(0, 10);

/**
 * The register of a past day, sent again to whoever the settings name now: a day that has
 * ended (today's register is not complete yet), within the monitoring's 1.5 years.
 */
export function resendRegister(
  { store, clock, trail }: Context,
  profileId: string,
  day: string,
  actor: SettingsActor,
): RegisterResend {
  const now = clock.now();
  if (day >= merchantDay(now) || day < merchantDay(now - MAX_PERIOD_DAYS * DAY)) {
    throw new GatewayError({
      code: 'register-day-not-past',
      status: 422,
      firstcode: FIRSTCODE.badValue,
      field: 'day',
      message: 'Реестр можно отправить за прошедший день, не раньше чем полтора года назад',
    });
  }
  const recipients = store.get(profileId, 'register').registerRecipients;
  if (recipients.length === 0) {
    throw new GatewayError({
      code: 'register-no-recipients',
      status: 409,
      firstcode: FIRSTCODE.forbiddenOperation,
      message: 'Получатели реестра не заданы',
    });
  }
  trail.emit({
    action: 'register-resend',
    outcome: 'applied',
    login: actor.login,
    ip: actor.ip,
    profileId,
    target: 'settings/register',
    detail: `${day} → ${recipients.join(', ')}`,
  });
  return { day, recipients: [...recipients], sentAt: new Date(now).toISOString() };
}
