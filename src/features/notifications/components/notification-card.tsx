import ExpandMoreIcon from '@mui/icons-material/ExpandMore';
import Accordion from '@mui/material/Accordion';
import AccordionDetails from '@mui/material/AccordionDetails';
import AccordionSummary from '@mui/material/AccordionSummary';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import type { NotificationDetail } from '@/api/notifications';
import { DateTime } from '@/components/date-time';
import { addNotificationsMessages } from '@/lib/i18n/notifications-messages';
import { NotificationAttempts } from './notification-attempts';
import { NotificationStatusChip } from './notification-status-chip';

addNotificationsMessages();

interface NotificationCardProps {
  notification: NotificationDetail;
  /** Absent where the user may only look (the order page). */
  onResend?: (id: string) => void;
  resending?: boolean;
}

/** One notification: what it said, where it went, and its attempts on opening. */
export function NotificationCard({ notification, onResend, resending = false }: NotificationCardProps) {
  const { t } = useTranslation('notifications');
  const title = t('summary', {
    kind: t(`kinds.${notification.kind}`),
    ordernumber: notification.ordernumber,
    orderstate: notification.orderstate,
  });
  return (
    <Accordion disableGutters variant="outlined" slotProps={{ transition: { unmountOnExit: true } }}>
      <AccordionSummary expandIcon={<ExpandMoreIcon />}>
        <Box sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', columnGap: 2, rowGap: 0.5 }}>
          <Typography component="span" sx={{ fontWeight: 600 }}>
            {title}
          </Typography>
          <NotificationStatusChip status={notification.status} />
          <Typography component="span" variant="body2" color="text.secondary">
            <DateTime value={notification.createdAt} />
          </Typography>
          <Typography component="span" variant="body2" color="text.secondary">
            {t('attemptsCount', { count: notification.attemptCount })}
          </Typography>
        </Box>
      </AccordionSummary>
      <AccordionDetails>
        <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 2, alignItems: 'center', mb: 1 }}>
          <Typography variant="body2" sx={{ wordBreak: 'break-all' }}>
            {t('url')}: {notification.url} ({notification.protocol})
          </Typography>
          {notification.nextAttemptAt && (
            <Typography variant="body2">
              {t('nextAttempt')}: <DateTime value={notification.nextAttemptAt} />
            </Typography>
          )}
          {onResend && notification.status !== 'pending' && (
            <Button size="small" variant="outlined" disabled={resending} onClick={() => onResend(notification.id)}>
              {t('resend')}
            </Button>
          )}
        </Box>
        <NotificationAttempts attempts={notification.attempts} label={`${t('attempts')}: ${title}`} />
      </AccordionDetails>
    </Accordion>
  );
}
