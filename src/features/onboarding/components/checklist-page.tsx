import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { Onboarding } from '@/api/onboarding';
import { DateTime } from '@/components/date-time';
import { ErrorState } from '@/components/error-state';
import { LoadingState } from '@/components/loading-state';
import { SectionCard } from '@/components/section-card';
import { addGoliveMessages } from '@/lib/i18n/golive-messages';
import { onboardingQueryOptions, useRequestSwitch, useSetContracts } from '../api/onboarding-queries';
import { ChecklistStepItem } from './checklist-step';
import { LiveProfileCard } from './live-profile-card';
import { SettingsCompare } from './settings-compare';
import { TestPaymentForm } from './test-payment-form';

addGoliveMessages();

export interface ChecklistPageProps {
  profileId: string;
  /** Called once the live profile exists, so the session learns of it. */
  onLiveIssued: (liveProfileId: string) => void;
}

interface SwitchControlsProps {
  checklist: Onboarding;
  profileId: string;
  onCheck: () => void;
  checking: boolean;
}

function SwitchControls({ checklist, profileId, onCheck, checking }: SwitchControlsProps) {
  const { t } = useTranslation('golive');
  const request = useRequestSwitch(profileId);
  if (checklist.switch.state === 'in-review' && checklist.switch.reviewDueAt) {
    return (
      <Alert
        severity="info"
        role="status"
        sx={{ mt: 1 }}
        action={
          <Button color="inherit" size="small" onClick={onCheck} disabled={checking}>
            {t('checklist.checkNow')}
          </Button>
        }
      >
        {t('checklist.inReview')}
        <DateTime value={checklist.switch.reviewDueAt} />
      </Alert>
    );
  }
  if (checklist.switch.state !== 'not-requested') return null;
  return (
    <Box sx={{ mt: 1 }}>
      <Button
        variant="contained"
        disabled={!checklist.canRequestSwitch || request.isPending}
        onClick={() => request.mutate()}
        aria-describedby={checklist.canRequestSwitch ? undefined : 'switch-not-ready'}
      >
        {t('checklist.requestSwitch')}
      </Button>
      {!checklist.canRequestSwitch && (
        <Typography id="switch-not-ready" variant="body2" sx={{ mt: 0.5 }}>
          {t('checklist.switchNotReady')}
        </Typography>
      )}
      {request.error && <ErrorState error={request.error} />}
    </Box>
  );
}

/** The going-live checklist of a test profile, the contracts tick, the switch, and test payments. */
export function ChecklistPage({ profileId, onLiveIssued }: ChecklistPageProps) {
  const { t } = useTranslation('golive');
  const query = useQuery({
    ...onboardingQueryOptions(profileId),
    // While the gateway reviews the request, its decision is looked for now and then.
    refetchInterval: (current) => (current.state.data?.switch.state === 'in-review' ? 60_000 : false),
  });
  const contracts = useSetContracts(profileId);
  const issued = query.data?.live?.profileId;
  useEffect(() => {
    if (issued) onLiveIssued(issued);
  }, [issued, onLiveIssued]);

  if (query.isPending) return <LoadingState />;
  if (query.isError) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  const checklist = query.data;
  const contractsStep = checklist.steps.find((step) => step.step === 'contracts-signed');
  return (
    <Stack spacing={3}>
      <Typography component="h1" variant="h5">
        {t('checklist.title')}
      </Typography>
      <SectionCard title={t('checklist.title')}>
        <p>{t('checklist.intro')}</p>
        {checklist.lastRefusal && (
          <Alert severity="warning" sx={{ mb: 2 }}>
            {t('checklist.lastRefusal', {
              reason: t(`checklist.refusals.${checklist.lastRefusal.code}` as 'checklist.refusals.invalid-field'),
            })}{' '}
            <DateTime value={checklist.lastRefusal.at} />
          </Alert>
        )}
        <Box component="ol" sx={{ listStyle: 'none', p: 0, m: 0 }}>
          {checklist.steps.map((step, index) => (
            <ChecklistStepItem key={step.step} step={step} index={index}>
              {step.step === 'contracts-signed' && (
                <FormControlLabel
                  control={
                    <Checkbox
                      checked={contractsStep?.state === 'done'}
                      disabled={contracts.isPending || checklist.switch.state !== 'not-requested'}
                      onChange={(event) => contracts.mutate(event.target.checked)}
                    />
                  }
                  label={t('checklist.contractsLabel')}
                />
              )}
              {step.step === 'switch' && (
                <SwitchControls
                  checklist={checklist}
                  profileId={profileId}
                  onCheck={() => void query.refetch()}
                  checking={query.isFetching}
                />
              )}
            </ChecklistStepItem>
          ))}
        </Box>
        {contracts.error && <ErrorState error={contracts.error} />}
        {checklist.live && <LiveProfileCard live={checklist.live} />}
      </SectionCard>
      {checklist.live && <SettingsCompare testProfileId={profileId} liveProfileId={checklist.live.profileId} />}
      <TestPaymentForm profileId={profileId} />
    </Stack>
  );
}
