import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import { useTranslation } from 'react-i18next';
import type { SettingsGroup } from '@/api/settings';
import { DateTime } from '@/components/date-time';
import type { TheirChange } from '../model/merge-edits';
import { useSettingText } from './use-setting-text';

export interface Conflict {
  by: string | null;
  at: string | null;
  changes: TheirChange[];
}

/** What a colleague saved while the user was editing; the user's own edits stay in the form. */
export function ConflictNotice({ group, conflict }: { group: SettingsGroup; conflict: Conflict }) {
  const { t } = useTranslation('settings');
  const text = useSettingText(group);
  return (
    <Alert severity="warning" role="alert">
      <AlertTitle>
        {t('conflict.title', { by: conflict.by ?? t('conflict.someone') })}
        {conflict.at && (
          <>
            {' · '}
            <DateTime value={conflict.at} />
          </>
        )}
      </AlertTitle>
      {t('conflict.text')}
      <ul aria-label={t('conflict.text')}>
        {conflict.changes.map((change) => (
          <li key={change.field}>
            <strong>{text.label(change.field)}</strong>: {text.value(change.field, change.before)} →{' '}
            {text.value(change.field, change.after)}
            {change.alsoMine && <em> ({t('conflict.alsoMine')})</em>}
          </li>
        ))}
      </ul>
    </Alert>
  );
}
