import Box from '@mui/material/Box';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import type { NotificationAttempt } from '@/api/notifications';
import { DateTime } from '@/components/date-time';
import { addNotificationsMessages } from '@/lib/i18n/notifications-messages';

addNotificationsMessages();

function Body({ label, text }: { label: string; text: string }) {
  return (
    <Box sx={{ minWidth: 0 }}>
      <Typography variant="caption" component="p" color="text.secondary">
        {label}
      </Typography>
      <Box
        component="pre"
        sx={{ m: 0, p: 1, bgcolor: 'action.hover', fontSize: 12, whiteSpace: 'pre-wrap', wordBreak: 'break-all' }}
      >
        {text}
      </Box>
    </Box>
  );
}

/** Every attempt: when, why, what came back and how long it took; the bodies one click away. */
export function NotificationAttempts({ attempts, label }: { attempts: readonly NotificationAttempt[]; label: string }) {
  const { t } = useTranslation('notifications');
  return (
    <TableContainer sx={{ overflowX: 'auto' }}>
      <Table size="small" aria-label={label}>
        <TableHead>
          <TableRow>
            <TableCell>{t('attempt')}</TableCell>
            <TableCell>{t('at')}</TableCell>
            <TableCell>{t('outcome')}</TableCell>
            <TableCell>{t('response')}</TableCell>
            <TableCell>{t('duration')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {attempts.map((attempt) => (
            <Fragment key={attempt.number}>
              <TableRow>
                <TableCell>
                  {attempt.number} ({t(`triggers.${attempt.trigger}`)})
                </TableCell>
                <TableCell>
                  <DateTime value={attempt.at} />
                </TableCell>
                <TableCell>{t(`outcomes.${attempt.outcome}`)}</TableCell>
                <TableCell>
                  {attempt.responseStatus === null
                    ? `${t('noResponse')}: ${attempt.error ?? ''}`
                    : `HTTP ${attempt.responseStatus}`}
                </TableCell>
                <TableCell>{t('durationMs', { ms: attempt.durationMs })}</TableCell>
              </TableRow>
              <TableRow>
                <TableCell colSpan={5} sx={{ pt: 0 }}>
                  <details>
                    <summary>{t('details', { number: attempt.number })}</summary>
                    <Box sx={{ display: 'grid', gap: 1, mt: 1, gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' } }}>
                      <Body label={`${t('requestBody')} · ${attempt.url}`} text={attempt.requestBody} />
                      <Body label={t('responseBody')} text={attempt.responseBody ?? t('noResponse')} />
                    </Box>
                  </details>
                </TableCell>
              </TableRow>
            </Fragment>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
