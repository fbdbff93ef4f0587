import type { DeliveryHealth } from '@/api/notifications';
import { FAILED_STATUSES } from '@/api/notifications';
import type { NotificationRecord } from './notification-record';

/** Failed attempts in a row before the cabinet warns: one lost packet is not yet a broken shop. */
export const WARNING_AFTER_FAILURES = 3;

/** Counts the profile's latest attempts back to the last acknowledged one. */
export function deliveryHealth(records: readonly NotificationRecord[]): DeliveryHealth {
  const attempts = records.flatMap((record) => record.attempts).sort((a, b) => b.sequence - a.sequence);
  let consecutiveFailures = 0;
  let failingSince: number | null = null;
  for (const attempt of attempts) {
    if (attempt.outcome === 'delivered') break;
    consecutiveFailures += 1;
    failingSince = attempt.at;
  }
  const undelivered = records.filter((record) => FAILED_STATUSES.includes(record.status)).length;
  return {
    consecutiveFailures,
    failingSince: failingSince === null ? null : new Date(failingSince).toISOString(),
    undelivered,
    warning: consecutiveFailures >= WARNING_AFTER_FAILURES && undelivered > 0,
  };
}
