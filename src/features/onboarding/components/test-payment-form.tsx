import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import FormControlLabel from '@mui/material/FormControlLabel';
import Link from '@mui/material/Link';
import MenuItem from '@mui/material/MenuItem';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import TextField from '@mui/material/TextField';
import FormControl from '@mui/material/FormControl';
import FormLabel from '@mui/material/FormLabel';
import { zodResolver } from '@hookform/resolvers/zod';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { CURRENCIES } from '@/api/common';
import { TEST_PAYMENT_CARDS, TestPaymentRequest } from '@/api/onboarding';
import { ErrorState } from '@/components/error-state';
import { SectionCard } from '@/components/section-card';
import { orderStateLabelKey } from '@/lib/i18n/domain-labels';
import { addGoliveMessages } from '@/lib/i18n/golive-messages';
import { useTestPayment } from '../api/onboarding-queries';

addGoliveMessages();

/** A test payment through the payment page, paid with a test card; test profiles only. */
export function TestPaymentForm({ profileId }: { profileId: string }) {
  const { t } = useTranslation('golive');
  const payment = useTestPayment(profileId);
  const form = useForm<TestPaymentRequest>({
    resolver: zodResolver(TestPaymentRequest),
    defaultValues: { amount: '1500.00', currency: 'RUB', twoStage: false, card: '4111111111111111' },
  });
  const submit = form.handleSubmit((values) => payment.mutate(values));
  const order = payment.data;
  return (
    <SectionCard title={t('testPayment.title')}>
      <p>{t('testPayment.intro')}</p>
      <Box component="form" noValidate onSubmit={submit} sx={{ display: 'grid', gap: 2, maxWidth: 480 }}>
        <TextField
          label={t('testPayment.amount')}
          {...form.register('amount', { setValueAs: (value: string) => value.trim().replace(',', '.') })}
          error={form.formState.errors.amount !== undefined}
          helperText={form.formState.errors.amount && t('testPayment.amountInvalid')}
          inputMode="decimal"
        />
        <Controller
          control={form.control}
          name="currency"
          render={({ field }) => (
            <TextField select label={t('testPayment.currency')} {...field}>
              {CURRENCIES.map((currency) => (
                <MenuItem key={currency} value={currency}>
                  {currency}
                </MenuItem>
              ))}
            </TextField>
          )}
        />
        <Controller
          control={form.control}
          name="twoStage"
          render={({ field }) => (
            <FormControl>
              <FormLabel id="test-payment-stage">{t('testPayment.stage')}</FormLabel>
              <RadioGroup
                aria-labelledby="test-payment-stage"
                value={field.value ? 'two' : 'one'}
                onChange={(event) => field.onChange(event.target.value === 'two')}
              >
                <FormControlLabel value="one" control={<Radio />} label={t('testPayment.oneStage')} />
                <FormControlLabel value="two" control={<Radio />} label={t('testPayment.twoStage')} />
              </RadioGroup>
            </FormControl>
          )}
        />
        <Controller
          control={form.control}
          name="card"
          render={({ field }) => (
            <TextField select label={t('testPayment.card')} {...field}>
              {TEST_PAYMENT_CARDS.map((card) => (
                <MenuItem key={card} value={card}>
                  {t(`testPayment.cards.${card}`)}
                </MenuItem>
              ))}
            </TextField>
          )}
        />
        <Box>
          <Button type="submit" variant="contained" disabled={payment.isPending}>
            {t('testPayment.submit')}
          </Button>
        </Box>
      </Box>
      {payment.error && <ErrorState error={payment.error} />}
      {order && (
        <Alert severity="info" role="status" sx={{ mt: 2 }}>
          {t('testPayment.done', {
            billnumber: order.billnumber,
            state: t(orderStateLabelKey(order.orderstate), { ns: 'translation' }),
          })}{' '}
          <Link component={RouterLink} to={`/p/${encodeURIComponent(profileId)}/orders/${order.billnumber}`}>
            {t('testPayment.open')}
          </Link>
        </Alert>
      )}
    </SectionCard>
  );
}
