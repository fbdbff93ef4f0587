import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NOTIFICATION_STATUSES, type NotificationFilters, type NotificationStatus } from '@/api/notifications';
import { isApiError } from '@/api/problem';
import { EmptyState } from '@/components/empty-state';
import { ErrorState } from '@/components/error-state';
import { ListPagination } from '@/components/list-pagination';
import { LoadingState } from '@/components/loading-state';
import { useMerchantTimeZone } from '@/components/merchant-time-zone';
import { dayPeriod } from '@/lib/day-period';
import { addNotificationsMessages } from '@/lib/i18n/notifications-messages';
import {
  notificationPageQueryOptions,
  useResendFailed,
  useResendNotification,
  useSendTestNotification,
} from '../api/notification-queries';
import { NotificationCard } from './notification-card';

addNotificationsMessages();

interface Draft {
  status: string;
  /** Days in the merchant's zone, "YYYY-MM-DD". */
  from: string;
  to: string;
  order: string;
}

const EMPTY: Draft = { status: '', from: '', to: '', order: '' };

/** Without a period, "resend failed" covers every notification the log holds. */
const ALL_TIME = { from: '2000-01-01T00:00:00Z', to: '2100-01-01T00:00:00Z' };

function filtersOf(draft: Draft, timeZone: string): NotificationFilters {
  return {
    ...(draft.status ? { status: draft.status as NotificationFilters['status'] } : {}),
    ...dayPeriod(draft.from, draft.to, timeZone),
    ...(draft.order.trim() ? { order: draft.order.trim() } : {}),
  };
}

type Notice = { severity: 'success' | 'info' | 'error'; text: string } | null;

/** The delivery log of a profile: filters, every notification with its attempts, resends, a test. */
export function NotificationsPage({ profileId }: { profileId: string }) {
  const { t } = useTranslation('notifications');
  const timeZone = useMerchantTimeZone();
  const [draft, setDraft] = useState<Draft>(EMPTY);
  const [applied, setApplied] = useState<NotificationFilters>({});
  const [page, setPage] = useState(0);
  const [pageSize, setPageSize] = useState(25);
  const [notice, setNotice] = useState<Notice>(null);
  const log = useQuery(notificationPageQueryOptions(profileId, applied, page + 1, pageSize));
  const sendTest = useSendTestNotification(profileId);
  const resend = useResendNotification(profileId);
  const resendFailed = useResendFailed(profileId);
  const busy = sendTest.isPending || resend.isPending || resendFailed.isPending;

  const failed = (error: unknown) =>
    setNotice({
      severity: 'error',
      text:
        isApiError(error) && error.problem.code === 'notification-url-missing' ? t('urlMissing') : t('actionFailed'),
    });
  const sent = (message: 'sendTestDone' | 'resendDone') => (result: { status: NotificationStatus }) =>
    setNotice({
      severity: result.status === 'delivered' ? 'success' : 'info',
      text: t(`${message}`, { status: t(`statuses.${result.status}`) }),
    });
  const field = (key: keyof Draft) => ({
    value: draft[key],
    onChange: (event: { target: { value: string } }) =>
      setDraft((current) => ({ ...current, [key]: event.target.value })),
  });
  const hasPeriod = applied.from !== undefined || applied.to !== undefined;

  return (
    <Stack spacing={2}>
      <Typography component="h1" variant="h5">
        {t('title')}
      </Typography>
      <Typography color="text.secondary">{t('intro')}</Typography>
      <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 1 }}>
        <Button
          variant="contained"
          disabled={busy}
          onClick={() => {
            setNotice(null);
            sendTest.mutate(undefined, { onSuccess: sent('sendTestDone'), onError: failed });
          }}
        >
          {t('sendTest')}
        </Button>
        <Button
          variant="outlined"
          disabled={busy}
          onClick={() => {
            setNotice(null);
            resendFailed.mutate(
              { from: applied.from ?? ALL_TIME.from, to: applied.to ?? ALL_TIME.to },
              {
                onSuccess: (result) => setNotice({ severity: 'info', text: t('resendFailedDone', result) }),
                onError: failed,
              },
            );
          }}
        >
          {hasPeriod ? t('resendFailed') : t('resendFailedAll')}
        </Button>
      </Box>
      <Box role="status" aria-live="polite">
        {notice && (
          // The region around it announces it; the alert role stays the delivery warning's.
          <Alert severity={notice.severity} role="none">
            {notice.text}
          </Alert>
        )}
      </Box>
      <Box
        component="form"
        aria-label={t('filters')}
        onSubmit={(event) => {
          event.preventDefault();
          setPage(0);
          setApplied(filtersOf(draft, timeZone));
        }}
        sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', sm: 'repeat(2, 1fr)', md: 'repeat(5, 1fr)' } }}
      >
        <TextField select label={t('status')} {...field('status')}>
          <MenuItem value="">{t('any')}</MenuItem>
          {NOTIFICATION_STATUSES.map((status) => (
            <MenuItem key={status} value={status}>
              {t(`statuses.${status}`)}
            </MenuItem>
          ))}
        </TextField>
        <TextField label={t('from')} type="date" slotProps={{ inputLabel: { shrink: true } }} {...field('from')} />
        <TextField label={t('to')} type="date" slotProps={{ inputLabel: { shrink: true } }} {...field('to')} />
        <TextField label={t('order')} slotProps={{ htmlInput: { maxLength: 64 } }} {...field('order')} />
        <Box>
          <Button type="submit" variant="outlined">
            {t('apply')}
          </Button>
        </Box>
      </Box>
      {log.isPending && <LoadingState />}
      {log.isError && <ErrorState error={log.error} onRetry={() => void log.refetch()} />}
      {log.data && log.data.total === 0 && <EmptyState title={t('empty')} description={t('emptyHint')} />}
      {log.data && log.data.total > 0 && (
        <>
          <Box component="ul" aria-label={t('list')} sx={{ listStyle: 'none', m: 0, p: 0 }}>
            {log.data.items.map((notification) => (
              <li key={notification.id}>
                <NotificationCard
                  notification={notification}
                  resending={busy}
                  onResend={(id) => {
                    setNotice(null);
                    resend.mutate(id, { onSuccess: sent('resendDone'), onError: failed });
                  }}
                />
              </li>
            ))}
          </Box>
          <ListPagination
            count={log.data.total}
            page={page}
            pageSize={pageSize}
            pageSizes={[10, 25, 50]}
            onChange={(next, size) => {
              setPage(next);
              setPageSize(size);
            }}
          />
        </>
      )}
    </Stack>
  );
}
