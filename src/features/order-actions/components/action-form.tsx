import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormLabel from '@mui/material/FormLabel';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Typography from '@mui/material/Typography';
import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { CancelReason } from '@/api/order-actions';
import type { OrderSummary } from '@/api/orders';
import { OrderStateChip } from '@/components/order-state-chip';
import type { ActionKind } from '../model/action-kind';
import type { ActionLimits } from '../model/eligibility';
import { AmountField } from './amount-field';
import { CancelReasonField } from './cancel-reason-field';
import type { ActionVariant } from './action-variant';
import { useFormatMoney } from './use-format-money';

export type AmountScope = 'full' | 'partial';

export interface ActionFormProps {
  kind: ActionKind;
  variant: ActionVariant;
  order: OrderSummary;
  limits: ActionLimits;
  scope: AmountScope;
  onScopeChange: (scope: AmountScope) => void;
  amountId: string;
  amountText: string;
  onAmountChange: (text: string) => void;
  onAmountBlur: () => void;
  amountError: string | null;
  amountRef: Ref<HTMLInputElement>;
  /** The formatted amount the action will move, when the form says one. */
  amountToMove: string | null;
  reason: CancelReason;
  onReasonChange: (reason: CancelReason) => void;
  disabled: boolean;
  bonus: boolean;
  /** In the test profile nothing goes to processing: the preview must not say it does. */
  testProfile: boolean;
}

/** The fields of a confirm or cancel, and a sentence saying what exactly will happen. */
export function ActionForm(props: ActionFormProps) {
  const { t } = useTranslation();
  const format = useFormatMoney();
  const { kind, variant, order, limits, scope, disabled } = props;
  const full = format(limits.max, limits.currency);
  const preview =
    props.amountToMove === null
      ? null
      : variant === 'confirm'
        ? t(
            scope === 'partial'
              ? 'actions.preview.confirmPartial'
              : props.testProfile
                ? 'ux.actions.confirmFullTest'
                : 'actions.preview.confirmFull',
            { amount: props.amountToMove },
          )
        : t(`actions.preview.${variant}`, { amount: props.amountToMove });

  return (
    <>
      {/* A div, not a p: the state chip inside is a div. */}
      <Typography component="div" variant="body2" sx={{ mb: 2, display: 'flex', gap: 1, alignItems: 'center' }}>
        {order.ordernumber} · {order.billnumber}
        <OrderStateChip state={order.orderstate} />
      </Typography>
      {limits.partial ? (
        <FormControl component="fieldset" disabled={disabled} sx={{ mb: 1 }}>
          <FormLabel component="legend">{t('actions.form.scope')}</FormLabel>
          <RadioGroup value={scope} onChange={(event) => props.onScopeChange(event.target.value as AmountScope)}>
            <FormControlLabel value="full" control={<Radio />} label={t('actions.form.full', { amount: full })} />
            <FormControlLabel value="partial" control={<Radio />} label={t('actions.form.partial')} />
          </RadioGroup>
        </FormControl>
      ) : (
        <Typography component="p" variant="body2" sx={{ mb: 1 }}>
          {t('actions.form.full', { amount: full })}
          {kind === 'cancel' && (
            <Typography component="span" variant="body2" color="text.secondary" sx={{ display: 'block' }}>
              {t('actions.form.fullOnly')}
            </Typography>
          )}
        </Typography>
      )}
      {limits.partial && scope === 'partial' && (
        <AmountField
          id={props.amountId}
          currency={limits.currency}
          max={limits.max}
          value={props.amountText}
          onChange={props.onAmountChange}
          onBlur={props.onAmountBlur}
          error={props.amountError}
          disabled={disabled}
          inputRef={props.amountRef}
        />
      )}
      {kind === 'cancel' && (
        <CancelReasonField value={props.reason} onChange={props.onReasonChange} disabled={disabled} marginTop={1} />
      )}
      {preview !== null && (
        <Typography component="p" variant="body2" sx={{ mt: 2 }} data-testid="action-preview">
          {preview}
        </Typography>
      )}
      {props.bonus && (
        <Typography component="p" variant="body2" sx={{ mt: 1 }}>
          {t('actions.preview.bonus')}
        </Typography>
      )}
    </>
  );
}
