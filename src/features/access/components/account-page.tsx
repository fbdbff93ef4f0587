import Alert from '@mui/material/Alert';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionInfo } from '@/api/session';
import { SectionCard } from '@/components/section-card';
import { addAccountMessages } from '@/lib/i18n/account-messages';
import { ActiveSessions } from './active-sessions';
import { ChangePasswordForm } from './change-password-form';
import { TotpEnrolment } from './totp-enrolment';

addAccountMessages();

/** One's own security: second factor, password, active sessions. */
export function AccountPage({ session }: { session: SessionInfo }) {
  const { t } = useTranslation('account');
  const [changed, setChanged] = useState(false);
  // Enrolling from this page keeps its steps on screen (the recovery codes are shown once),
  // even after the session reports the second factor as on.
  const [enrolling, setEnrolling] = useState(!session.user.totpEnabled);
  return (
    <Stack spacing={3}>
      <Typography component="h1" variant="h5">
        {t('account.title')}
      </Typography>
      <SectionCard title={t('account.totp')}>
        {enrolling ? (
          <TotpEnrolment onEnrolled={() => setEnrolling(false)} />
        ) : (
          <Alert severity="success">{t('totp.enabled')}</Alert>
        )}
      </SectionCard>
      <SectionCard title={t('account.password')}>
        {changed && <Alert severity="success">{t('account.passwordChanged')}</Alert>}
        <ChangePasswordForm onChanged={() => setChanged(true)} />
      </SectionCard>
      <SectionCard title={t('account.sessions')}>
        <ActiveSessions />
      </SectionCard>
    </Stack>
  );
}
