import Stack from '@mui/material/Stack';
import { useTranslation } from 'react-i18next';
import { NOTIFICATION_EVENTS } from '@/api/settings';
import { ChoiceControl, MultiChoiceControl, SwitchControl, TextControl } from './setting-controls';

export function NotificationFields() {
  const { t } = useTranslation('settings');
  const label = (field: string) => t(`fields.notifications.${field}` as 'fields.notifications.url');
  return (
    <Stack spacing={2.5}>
      <SwitchControl name="enabled" label={label('enabled')} />
      <TextControl name="url" nullable type="url" label={label('url')} help={t('help.url')} />
      <ChoiceControl name="protocol" label={label('protocol')} values={['POST', 'SOAP']} />
      <MultiChoiceControl name="events" label={label('events')} values={NOTIFICATION_EVENTS} />
      <SwitchControl name="onlySuccessful" label={label('onlySuccessful')} />
      <ChoiceControl name="signature" label={label('signature')} values={['md5', 'rsa']} />
    </Stack>
  );
}
