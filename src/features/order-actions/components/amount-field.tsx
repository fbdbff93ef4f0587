import FormControl from '@mui/material/FormControl';
import FormHelperText from '@mui/material/FormHelperText';
import InputLabel from '@mui/material/InputLabel';
import OutlinedInput from '@mui/material/OutlinedInput';
import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { Currency } from '@/api/common';
import { useFormatMoney } from './use-format-money';

export interface AmountFieldProps {
  id: string;
  currency: Currency;
  max: bigint;
  value: string;
  onChange: (value: string) => void;
  onBlur: () => void;
  /** The client's or the gateway's message about this amount; null when there is none. */
  error: string | null;
  disabled: boolean;
  inputRef?: Ref<HTMLInputElement>;
}

/**
 * A typed amount with the most that is allowed always in view. Both the limit and the error are
 * tied to the input, so a screen reader hears them with the field.
 */
export function AmountField({
  id,
  currency,
  max,
  value,
  onChange,
  onBlur,
  error,
  disabled,
  inputRef,
}: AmountFieldProps) {
  const { t } = useTranslation();
  const format = useFormatMoney();
  const maxId = `${id}-max`;
  const errorId = `${id}-error`;
  const label = t('actions.form.amount', { currency });
  return (
    <FormControl error={error !== null} disabled={disabled} fullWidth margin="dense">
      <InputLabel htmlFor={id}>{label}</InputLabel>
      <OutlinedInput
        id={id}
        label={label}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        onBlur={onBlur}
        inputRef={inputRef}
        autoComplete="off"
        slotProps={{
          input: {
            inputMode: 'decimal',
            'aria-invalid': error !== null,
            'aria-describedby': error === null ? maxId : `${errorId} ${maxId}`,
          },
        }}
      />
      {error !== null && <FormHelperText id={errorId}>{error}</FormHelperText>}
      <FormHelperText id={maxId} error={false}>
        {t('actions.form.max', { amount: format(max, currency) })}
      </FormHelperText>
    </FormControl>
  );
}
