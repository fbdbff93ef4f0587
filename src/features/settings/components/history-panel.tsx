import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '@/api/problem';
import type { SettingsGroup } from '@/api/settings';
import type { SettingsVersion } from '@/api/settings-versions';
import { DateTime } from '@/components/date-time';
import { ErrorState } from '@/components/error-state';
import { SectionCard } from '@/components/section-card';
import { useRestoreVersion } from '../api/settings-mutations';
import { settingsHistoryQueryOptions } from '../api/settings-queries';
import { useSettingText } from './use-setting-text';

interface HistoryPanelProps {
  profileId: string;
  group: SettingsGroup;
  canEdit: boolean;
  /** The version the form shows; a restore is based on it. */
  basedOn: number;
  /** Edits are pending in the form: restoring would throw them away, so it waits. */
  dirty: boolean;
}

/** Every version of the group, newest first, with what changed; an earlier one can come back. */
export function HistoryPanel({ profileId, group, canEdit, basedOn, dirty }: HistoryPanelProps) {
  const { t } = useTranslation('settings');
  const history = useQuery(settingsHistoryQueryOptions(profileId, group));
  const restore = useRestoreVersion(profileId, group);
  const [asked, setAsked] = useState<number | null>(null);
  const [restored, setRestored] = useState<number | null>(null);

  const confirm = () => {
    if (asked === null) return;
    const version = asked;
    restore.mutate(
      { version, basedOn },
      {
        onSuccess: () => setRestored(version),
        onError: () => void history.refetch(),
        onSettled: () => setAsked(null),
      },
    );
  };

  return (
    <SectionCard title={t('history.title')} level={2}>
      <Stack spacing={2}>
        {canEdit && dirty && <Alert severity="info">{t('history.saveFirst')}</Alert>}
        <Box role="status" aria-live="polite">
          {restored !== null && !restore.isError && (
            <Alert severity="success">{t('history.restored', { version: restored })}</Alert>
          )}
        </Box>
        {restore.isError && (
          <Alert severity="error" role="alert">
            {isApiError(restore.error, 412) ? t('history.stale') : t('history.failed')}
          </Alert>
        )}
        {history.isPending && <Typography>{t('history.loading')}</Typography>}
        {history.isError && <ErrorState error={history.error} onRetry={() => void history.refetch()} />}
        {history.data && (
          <Box component="ol" sx={{ m: 0, p: 0, listStyle: 'none', display: 'grid', gap: 2 }}>
            {history.data.items.map((item) => (
              <VersionItem
                key={item.version}
                group={group}
                item={item}
                current={item.version === history.data.items[0]?.version}
                canRestore={canEdit && !dirty}
                onRestore={() => {
                  setRestored(null);
                  restore.reset();
                  setAsked(item.version);
                }}
              />
            ))}
          </Box>
        )}
      </Stack>
      <Dialog open={asked !== null} onClose={() => setAsked(null)} aria-labelledby="restore-title">
        <DialogTitle id="restore-title">{t('history.confirmTitle', { version: asked ?? 0 })}</DialogTitle>
        <DialogContent>
          <DialogContentText>{t('history.confirmText', { version: asked ?? 0 })}</DialogContentText>
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setAsked(null)}>{t('history.cancel')}</Button>
          <Button variant="contained" onClick={confirm} disabled={restore.isPending}>
            {t('history.restore')}
          </Button>
        </DialogActions>
      </Dialog>
    </SectionCard>
  );
}

interface VersionItemProps {
  group: SettingsGroup;
  item: SettingsVersion;
  current: boolean;
  canRestore: boolean;
  onRestore(): void;
}

function VersionItem({ group, item, current, canRestore, onRestore }: VersionItemProps) {
  const { t } = useTranslation('settings');
  const text = useSettingText(group);
  const title = t('versionLine', { version: item.version });
  return (
    <Box component="li" aria-label={title} sx={{ borderLeft: 3, borderColor: 'divider', pl: 2 }}>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap', rowGap: 0.5 }}>
        <Typography component="h3" variant="subtitle2">
          {title}
        </Typography>
        {current && <Chip size="small" label={t('history.current')} />}
        {item.at && (
          <Typography variant="body2" color="text.secondary">
            <DateTime value={item.at} /> · {item.by}
          </Typography>
        )}
        {item.restoredFrom !== null && (
          <Typography variant="body2" color="text.secondary">
            ({t('history.restoredFrom', { version: item.restoredFrom })})
          </Typography>
        )}
      </Stack>
      {item.version === 1 && item.at === null ? (
        <Typography variant="body2">{t('history.initial')}</Typography>
      ) : (
        <Box component="ul" sx={{ my: 0.5, pl: 2.5 }}>
          {item.changes.map((change) => (
            <li key={change.field}>
              <Typography variant="body2">
                {text.label(change.field)}: {text.value(change.field, change.before)} →{' '}
                {text.value(change.field, change.after)}
              </Typography>
            </li>
          ))}
        </Box>
      )}
      {canRestore && !current && (
        <Button size="small" onClick={onRestore} sx={{ mt: 0.5 }}>
          {t('history.restoreVersion', { version: item.version })}
        </Button>
      )}
    </Box>
  );
}
