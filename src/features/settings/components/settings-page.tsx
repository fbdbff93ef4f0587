import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { useCallback, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { SETTINGS_GROUPS, type ProfileMode, type SettingsGroup } from '@/api/settings';
import type { SettingsStateOf } from '@/api/settings-versions';
import { DateTime } from '@/components/date-time';
import { ErrorState } from '@/components/error-state';
import { LoadingState } from '@/components/loading-state';
import { SectionCard } from '@/components/section-card';
import { settingsQueryOptions } from '../api/settings-queries';
import { settingsPath } from '../model/settings-paths';
import { EnterpriseFields } from './enterprise-fields';
import { HistoryPanel } from './history-panel';
import { NotificationFields } from './notification-fields';
import { PaymentFields } from './payment-fields';
import { RegisterFields } from './register-fields';
import { RegisterResendPanel } from './register-resend-panel';
import { SecretWordPanel } from './secret-word-panel';
import { SettingsForm } from './settings-form';
import { SignatureFields } from './signature-fields';

export interface SettingsPageProps {
  profileId: string;
  mode: ProfileMode;
  group: SettingsGroup;
  /** The settings right: without it everything is shown, nothing can be changed. */
  canEdit: boolean;
}

const FIELDS: Record<SettingsGroup, () => ReactNode> = {
  payments: () => <PaymentFields />,
  notifications: () => <NotificationFields />,
  signature: () => <SignatureFields />,
  register: () => <RegisterFields />,
  enterprise: () => <EnterpriseFields />,
};

/** The profile's settings, one group at a time, as the gateway groups them. */
export function SettingsPage({ profileId, mode, group, canEdit }: SettingsPageProps) {
  const { t } = useTranslation('settings');
  return (
    <Stack spacing={3}>
      <Typography component="h1" variant="h5">
        {t('title')}
      </Typography>
      <Box component="nav" aria-label={t('groupsLabel')}>
        <Box component="ul" sx={{ display: 'flex', flexWrap: 'wrap', gap: 2, m: 0, p: 0, listStyle: 'none' }}>
          {SETTINGS_GROUPS.map((candidate) => (
            <li key={candidate}>
              <Link
                component={NavLink}
                to={settingsPath(profileId, candidate)}
                sx={{ display: 'inline-block', py: 0.5, '&.active': { fontWeight: 700, textDecorationThickness: 2 } }}
              >
                {t(`groups.${candidate}`)}
              </Link>
            </li>
          ))}
        </Box>
      </Box>
      {!canEdit && <Alert severity="info">{t('readOnly')}</Alert>}
      <GroupPanel key={`${profileId}/${group}`} profileId={profileId} mode={mode} group={group} canEdit={canEdit} />
    </Stack>
  );
}

function GroupPanel({ profileId, mode, group, canEdit }: SettingsPageProps) {
  const { t } = useTranslation('settings');
  const query = useQuery(settingsQueryOptions(profileId, group));
  const [form, setForm] = useState<{ basedOn: number; dirty: boolean } | null>(null);
  const onBasedOn = useCallback((basedOn: number, dirty: boolean) => setForm({ basedOn, dirty }), []);

  if (query.isPending) return <LoadingState />;
  if (query.isError) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  const state = query.data;
  return (
    <Stack spacing={3}>
      <SectionCard title={t(`groups.${group}`)}>
        <VersionLine state={state} />
        <SettingsForm
          profileId={profileId}
          mode={mode}
          group={group}
          state={state}
          canEdit={canEdit}
          onBasedOn={onBasedOn}
        >
          {FIELDS[group]()}
        </SettingsForm>
      </SectionCard>
      {state.group === 'signature' && (
        <SecretWordPanel profileId={profileId} state={state.value.secretWord} canEdit={canEdit} />
      )}
      {group === 'register' && canEdit && <RegisterResendPanel profileId={profileId} />}
      <HistoryPanel
        profileId={profileId}
        group={group}
        canEdit={canEdit}
        basedOn={form?.basedOn ?? state.version}
        dirty={form?.dirty ?? false}
      />
    </Stack>
  );
}

function VersionLine({ state }: { state: SettingsStateOf<SettingsGroup> }) {
  const { t } = useTranslation('settings');
  return (
    <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
      {t('versionLine', { version: state.version })}
      {' · '}
      {state.updatedAt ? (
        <>
          <DateTime value={state.updatedAt} /> · {t('updatedBy', { by: state.updatedBy })}
        </>
      ) : (
        t('initialVersion')
      )}
    </Typography>
  );
}
