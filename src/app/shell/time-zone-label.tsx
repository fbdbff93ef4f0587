import { useTranslation } from 'react-i18next';
import plain from '@/components/plain/plain.module.css';
import { useNow } from '@/components/use-now';
import { utcOffsetLabel } from '@/lib/dates';

/** Which clock the dates on screen follow: the enterprise's zone, with today's offset. */
export function TimeZoneLabel({ timeZone }: { timeZone: string }) {
  const { t } = useTranslation();
  const now = useNow(15 * 60_000);
  return (
    <p className={`${plain.body2} ${plain.secondary} ${plain.flush}`}>
      {t('shell.timeZone', { zone: timeZone, offset: utcOffsetLabel(now, timeZone) })}
    </p>
  );
}
