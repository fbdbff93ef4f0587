import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import { zodResolver } from '@hookform/resolvers/zod';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { CURRENCIES } from '@/api/common';
import { CheckValueRequest, type CheckValueAnswer } from '@/api/onboarding';
import { CopyButton } from '@/components/copy-button';
import { ErrorState } from '@/components/error-state';
import { FieldList } from '@/components/field-list';
import { addGoliveMessages } from '@/lib/i18n/golive-messages';
import { useComputeCheckValue } from '../api/integration-queries';

addGoliveMessages();

export function CheckValueResult({ answer }: { answer: CheckValueAnswer }) {
  const { t } = useTranslation('golive');
  return (
    <FieldList
      fields={[
        { label: t('integration.signedString'), value: <code>{answer.signedString}</code> },
        {
          label: t('integration.checkValue'),
          value:
            answer.checkValue === null ? (
              t('integration.noSecret')
            ) : (
              <>
                <code data-testid="check-value">{answer.checkValue}</code>
                <CopyButton value={answer.checkValue} label={t('integration.checkValue')} />
              </>
            ),
        },
      ]}
    />
  );
}

/** Another order's check value, to compare with what the shop's code computes. */
export function CheckValueTry({ profileId, initial }: { profileId: string; initial: CheckValueRequest }) {
  const { t } = useTranslation('golive');
  const compute = useComputeCheckValue(profileId);
  const form = useForm<CheckValueRequest>({ resolver: zodResolver(CheckValueRequest), defaultValues: initial });
  const errors = form.formState.errors;
  return (
    <Box>
      <Box
        component="form"
        noValidate
        onSubmit={form.handleSubmit((values) => compute.mutate(values))}
        sx={{ display: 'flex', flexWrap: 'wrap', gap: 2, alignItems: 'flex-start', my: 2 }}
      >
        <TextField
          label={t('integration.ordernumber')}
          {...form.register('ordernumber')}
          error={errors.ordernumber !== undefined}
        />
        <TextField
          label={t('integration.amount')}
          {...form.register('amount', { setValueAs: (value: string) => value.trim().replace(',', '.') })}
          error={errors.amount !== undefined}
          helperText={errors.amount && t('testPayment.amountInvalid')}
          inputMode="decimal"
        />
        <Controller
          control={form.control}
          name="currency"
          render={({ field }) => (
            <TextField select label={t('integration.currency')} {...field} sx={{ minWidth: 120 }}>
              {CURRENCIES.map((currency) => (
                <MenuItem key={currency} value={currency}>
                  {currency}
                </MenuItem>
              ))}
            </TextField>
          )}
        />
        <Button type="submit" variant="outlined" disabled={compute.isPending} sx={{ mt: 1 }}>
          {t('integration.compute')}
        </Button>
      </Box>
      {compute.error && <ErrorState error={compute.error} />}
      {compute.data && (
        <Box role="status">
          <CheckValueResult answer={compute.data} />
        </Box>
      )}
    </Box>
  );
}
