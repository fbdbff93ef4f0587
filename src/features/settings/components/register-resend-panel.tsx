import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '@/api/problem';
import { serverNow } from '@/api/server-clock';
import { SectionCard } from '@/components/section-card';
import { useMerchantTimeZone } from '@/components/merchant-time-zone';
import { intlLocale } from '@/lib/i18n/i18n';
import { toWallTime } from '@/lib/zoned-time';
import { useResendRegister } from '../api/settings-mutations';

/** A calendar day (yyyy-MM-dd) as the reader writes dates; no zone, it is already the merchant's. */
function formatDay(day: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { timeZone: 'UTC', dateStyle: 'short' }).format(
    Date.parse(`${day}T00:00:00Z`),
  );
}

/** A past day's register, sent again to the recipients the settings name now. */
export function RegisterResendPanel({ profileId }: { profileId: string }) {
  const { t, i18n } = useTranslation('settings');
  const timeZone = useMerchantTimeZone();
  const yesterday = toWallTime(serverNow() - 24 * 60 * 60 * 1000, timeZone).slice(0, 10);
  const [day, setDay] = useState(yesterday);
  const resend = useResendRegister(profileId);
  const refusal = isApiError(resend.error)
    ? resend.error.status === 422
      ? t('resend.notPast')
      : resend.error.problem.code === 'register-no-recipients'
        ? t('resend.noRecipients')
        : t('resend.failed')
    : resend.error
      ? t('resend.failed')
      : null;
  return (
    <SectionCard title={t('resend.title')}>
      <Box
        component="form"
        noValidate
        aria-label={t('resend.title')}
        onSubmit={(event) => {
          event.preventDefault();
          resend.mutate(day);
        }}
      >
        <Stack spacing={2} sx={{ maxWidth: 480 }}>
          <Box role="status" aria-live="polite">
            {resend.data && (
              <Alert severity="success">
                {t('resend.sent', {
                  day: formatDay(resend.data.day, intlLocale(i18n.language)),
                  recipients: resend.data.recipients.join(', '),
                })}
              </Alert>
            )}
          </Box>
          {refusal && (
            <Alert severity="error" role="alert">
              {refusal}
            </Alert>
          )}
          <TextField
            type="date"
            label={t('resend.day')}
            value={day}
            onChange={(event) => setDay(event.target.value)}
            slotProps={{ inputLabel: { shrink: true }, htmlInput: { max: yesterday } }}
          />
          <div>
            <Button type="submit" variant="outlined" disabled={resend.isPending || day === ''}>
              {t('resend.submit')}
            </Button>
          </div>
        </Stack>
      </Box>
    </SectionCard>
  );
}
