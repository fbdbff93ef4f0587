import Alert from '@mui/material/Alert';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PendingStep } from '@/api/session';
import { useNavigate, useSearchParams } from 'react-router';
import { LoadingState } from '@/components/loading-state';
import { addAccountMessages } from '@/lib/i18n/account-messages';
import { sessionQueryOptions } from '../api/session-queries';
import { RETURN_PARAM, safeReturnPath } from '../model/return-location';
import { ChangePasswordForm } from './change-password-form';
import { TotpEnrolment } from './totp-enrolment';

addAccountMessages();

/** The step a first sign-in must take before the cabinet opens. */
export function SetupPage() {
  const { t } = useTranslation('account');
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const { data: session } = useQuery(sessionQueryOptions());
  // The step stays on screen once done (the recovery codes are shown once), even though the
  // session no longer reports it.
  const [step, setStep] = useState<PendingStep | null>(null);
  const pending = session?.user.pending ?? null;
  if (pending !== null && pending !== step) setStep(pending);
  if (!session) return <LoadingState />;
  const totp = (pending ?? step) === 'totp-enrolment';
  const done = () => void navigate(safeReturnPath(searchParams.get(RETURN_PARAM)) ?? '/', { replace: true });

  return (
    <Paper
      component="section"
      aria-labelledby="setup-title"
      sx={{ p: { xs: 3, sm: 4 }, maxWidth: 480, mx: 'auto', mt: { xs: 2, sm: 6 } }}
    >
      <Typography id="setup-title" component="h1" variant="h5" sx={{ mb: 2 }}>
        {totp ? t('setup.totpTitle') : t('setup.passwordTitle')}
      </Typography>
      <Alert severity="info" sx={{ mb: 2 }}>
        {totp ? t('setup.totpText') : t('setup.passwordText')}
      </Alert>
      {totp ? (
        <TotpEnrolment onEnrolled={done} />
      ) : (
        <ChangePasswordForm
          onChanged={(next) => {
            if (next.user.pending === null) done();
          }}
        />
      )}
    </Paper>
  );
}
