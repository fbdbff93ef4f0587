import Stack from '@mui/material/Stack';
import { useTranslation } from 'react-i18next';
import { ChoiceControl, EmailListControl, MultiChoiceControl } from './setting-controls';

export function RegisterFields() {
  const { t } = useTranslation('settings');
  const label = (field: string) => t(`fields.register.${field}` as 'fields.register.lettersOn');
  return (
    <Stack spacing={2.5}>
      <EmailListControl name="registerRecipients" label={label('registerRecipients')} help={t('help.emails')} />
      <ChoiceControl
        name="registerOrders"
        label={label('registerOrders')}
        values={['all', 'successful', 'all-but-failed']}
      />
      <ChoiceControl name="registerTimeZone" label={label('registerTimeZone')} values={['utc', 'merchant']} />
      <ChoiceControl name="decimalSeparator" label={label('decimalSeparator')} values={['.', ',']} />
      <EmailListControl name="letterRecipients" label={label('letterRecipients')} help={t('help.emails')} />
      <MultiChoiceControl name="lettersOn" label={label('lettersOn')} values={['payment', 'confirmation', 'cancel']} />
    </Stack>
  );
}
