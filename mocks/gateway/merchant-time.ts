import { HOUR } from './clock';
import { ENTERPRISE } from './enterprise';

/** The merchant's time zone (an enterprise setting, read-only for the merchant). */
export const MERCHANT_TIMEZONE = ENTERPRISE.timezone;

/**
 * Moscow has kept UTC+3 all year round since 2014, so a fixed offset is exact for the 1.5 years
 * of monitoring, and cheap enough for an export of 200 000 rows (Intl would cost ~10× more).
 */
export const MERCHANT_OFFSET = 3 * HOUR;

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** Wall-clock parts of an instant in the merchant's time zone. */
function wallClock(ms: number): Date {
  return new Date(ms + MERCHANT_OFFSET);
}

/** dd.MM.yyyy HH:mm:ss in merchant time, as the cabinet and its exports show dates. */
export function formatMerchantDateTime(ms: number): string {
  const d = wallClock(ms);
  return (
    `${pad(d.getUTCDate())}.${pad(d.getUTCMonth() + 1)}.${d.getUTCFullYear()} ` +
    `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`
  );
}

/** yyyyMMdd-HHmm in merchant time: a file-name stamp. */
export function merchantStamp(ms: number): string {
  const d = wallClock(ms);
  return (
    `${d.getUTCFullYear()}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}-` +
    `${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}`
  );
}
