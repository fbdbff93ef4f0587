import Stack from '@mui/material/Stack';
import { useTranslation } from 'react-i18next';
import { ChoiceControl, EmailListControl, MultiChoiceControl } from './setting-controls';

const SEPARATORS = [
  { value: '.', key: 'point' },
  { value: ',', key: 'comma' },
] as const;

export function RegisterFields() {
  const { t } = useTranslation();
  const label = (field: string) => t(`settings.fields.register.${field}` as 'settings.fields.register.lettersOn');
  return (
    <Stack spacing={2.5}>
      <EmailListControl
        name="registerRecipients"
        label={label('registerRecipients')}
        help={t('settings.help.emails')}
      />
      <ChoiceControl
        name="registerOrders"
        label={label('registerOrders')}
        choices={(['all', 'successful', 'all-but-failed'] as const).map((value) => ({
          value,
          label: t(`settings.options.registerOrders.${value}`),
        }))}
      />
      <ChoiceControl
        name="registerTimeZone"
        label={label('registerTimeZone')}
        choices={(['utc', 'merchant'] as const).map((value) => ({
          value,
          label: t(`settings.options.registerTimeZone.${value}`),
        }))}
      />
      <ChoiceControl
        name="decimalSeparator"
        label={label('decimalSeparator')}
        choices={SEPARATORS.map(({ value, key }) => ({ value, label: t(`settings.options.decimalSeparator.${key}`) }))}
      />
      <EmailListControl name="letterRecipients" label={label('letterRecipients')} help={t('settings.help.emails')} />
      <MultiChoiceControl
        name="lettersOn"
        label={label('lettersOn')}
        choices={(['payment', 'confirmation', 'cancel'] as const).map((value) => ({
          value,
          label: t(`settings.options.lettersOn.${value}`),
        }))}
      />
    </Stack>
  );
}
