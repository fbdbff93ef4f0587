import { useTranslation } from 'react-i18next';
import { formatDateTime } from '@/lib/dates';
import { intlLocale } from '@/lib/i18n/i18n';
import { useMerchantTimeZone } from './merchant-time-zone';

export interface DateTimeProps {
  /** ISO 8601 instant. */
  value: string;
  /** Show the zone's offset after the time (default true). */
  withZone?: boolean;
}

/** A moment in the merchant's time zone; the machine-readable instant stays in `dateTime`. */
export function DateTime({ value, withZone = true }: DateTimeProps) {
  const { i18n } = useTranslation();
  const timeZone = useMerchantTimeZone();
  return (
    <time dateTime={value} style={{ whiteSpace: 'nowrap' }}>
      {formatDateTime(value, timeZone, intlLocale(i18n.language), { withZone })}
    </time>
  );
}
