import { useTranslation } from 'react-i18next';
import type { Duration } from '@/lib/dates';

/**
 * A time left as people say it: the largest units that are there, no «0 д» in front
 * («1 ч 43 мин», «2 д 0 ч 5 мин», «12 мин»).
 */
export function useTimeLeftText(): (left: Duration) => string {
  const { t } = useTranslation();
  return (left) => {
    if (left.days > 0) return t('ux.timeLeft.days', { ...left });
    if (left.hours > 0) return t('ux.timeLeft.hours', { ...left });
    return t('ux.timeLeft.minutes', { ...left });
  };
}
