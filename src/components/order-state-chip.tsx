import Chip, { type ChipProps } from '@mui/material/Chip';
import { useTranslation } from 'react-i18next';
import type { OrderState } from '@/api/orders';
import { orderStateLabelKey } from '@/lib/i18n/domain-labels';
import { STATE_COLORS } from './order-state-colors';

export interface OrderStateChipProps {
  state: OrderState;
  size?: ChipProps['size'];
}

/** The order's state as a coloured chip; the colour only repeats what the label says. */
export function OrderStateChip({ state, size = 'small' }: OrderStateChipProps) {
  const { t } = useTranslation();
  const partial = state.startsWith('Partial');
  return (
    <Chip
      size={size}
      color={STATE_COLORS[state]}
      variant={partial ? 'outlined' : 'filled'}
      label={t(orderStateLabelKey(state))}
      data-state={state}
    />
  );
}
