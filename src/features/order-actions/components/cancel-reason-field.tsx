import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormLabel from '@mui/material/FormLabel';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import { useTranslation } from 'react-i18next';
import { CANCEL_REASONS, type CancelReason } from '@/api/order-actions';
import { CANCEL_REASON_KEYS } from '@/lib/i18n/domain-labels';

export interface CancelReasonFieldProps {
  value: CancelReason;
  onChange: (reason: CancelReason) => void;
  disabled: boolean;
  /** Space above the group: the single and the bulk dialog lay it out differently. */
  marginTop: number;
}

/** The reason a cancel is sent with, the same choice for one order and for many. */
export function CancelReasonField({ value, onChange, disabled, marginTop }: CancelReasonFieldProps) {
  const { t } = useTranslation();
  return (
    <FormControl component="fieldset" disabled={disabled} sx={{ mt: marginTop }}>
      <FormLabel component="legend">{t('actions.form.reason')}</FormLabel>
      <RadioGroup row value={String(value)} onChange={(event) => onChange(Number(event.target.value) as CancelReason)}>
        {CANCEL_REASONS.map((reason) => (
          <FormControlLabel
            key={reason}
            value={String(reason)}
            control={<Radio />}
            label={t(`cancelReason.${CANCEL_REASON_KEYS[reason]}`)}
          />
        ))}
      </RadioGroup>
    </FormControl>
  );
}
