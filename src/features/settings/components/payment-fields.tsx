import Stack from '@mui/material/Stack';
import { useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { PAYMENT_MEANS_SETTING } from '@/api/settings';
import { ChoiceControl, MultiChoiceControl, NumberControl, ReadOnlyValue, TextControl } from './setting-controls';

export function PaymentFields() {
  const { t } = useTranslation('settings');
  const [baseCurrency, testMode] = useWatch({ name: ['baseCurrency', 'testMode'] }) as [string, boolean];
  const label = (field: string) => t(`fields.payments.${field}` as 'fields.payments.testMode');
  return (
    <Stack spacing={2.5}>
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
        <ReadOnlyValue label={label('baseCurrency')} value={baseCurrency} note={t('readOnlyField')} />
        <ReadOnlyValue label={label('testMode')} value={testMode ? t('yes') : t('no')} note={t('readOnlyField')} />
      </Stack>
      <NumberControl
        name="paymentPageTimeoutMinutes"
        label={label('paymentPageTimeoutMinutes')}
        help={t('help.paymentPageTimeoutMinutes')}
      />
      <TextControl name="returnUrlOk" nullable type="url" label={label('returnUrlOk')} help={t('help.url')} />
      <TextControl name="returnUrlNo" nullable type="url" label={label('returnUrlNo')} help={t('help.url')} />
      <ChoiceControl name="afterPayment" label={label('afterPayment')} values={['redirect', 'result-page']} />
      <ChoiceControl name="defaultStage" label={label('defaultStage')} values={['one-stage', 'two-stage']} />
      <MultiChoiceControl name="allowedMeans" label={label('allowedMeans')} values={PAYMENT_MEANS_SETTING} />
    </Stack>
  );
}
