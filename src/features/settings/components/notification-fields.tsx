import Stack from '@mui/material/Stack';
import { useTranslation } from 'react-i18next';
import { NOTIFICATION_EVENTS } from '@/api/settings';
import { ChoiceControl, MultiChoiceControl, SwitchControl, TextControl } from './setting-controls';

export function NotificationFields() {
  const { t } = useTranslation();
  const label = (field: string) => t(`settings.fields.notifications.${field}` as 'settings.fields.notifications.url');
  return (
    <Stack spacing={2.5}>
      <SwitchControl name="enabled" label={label('enabled')} />
      <TextControl name="url" nullable type="url" label={label('url')} help={t('settings.help.url')} />
      <ChoiceControl
        name="protocol"
        label={label('protocol')}
        choices={(['POST', 'SOAP'] as const).map((value) => ({
          value,
          label: t(`settings.options.protocol.${value}`),
        }))}
      />
      <MultiChoiceControl
        name="events"
        label={label('events')}
        choices={NOTIFICATION_EVENTS.map((value) => ({ value, label: t(`settings.options.events.${value}`) }))}
      />
      <SwitchControl name="onlySuccessful" label={label('onlySuccessful')} />
      <ChoiceControl
        name="signature"
        label={label('signature')}
        choices={(['md5', 'rsa'] as const).map((value) => ({ value, label: t(`settings.options.signature.${value}`) }))}
      />
    </Stack>
  );
}
