import Box from '@mui/material/Box';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { ORDER_STATES, type OrderState } from '@/api/orders';
import { orderStateLabelKey } from '@/lib/i18n/domain-labels';

/** Order states, several at once: a group of checkboxes (every state visible, no hidden menu). */
export function StateFilter({
  value,
  onChange,
}: {
  value: readonly OrderState[];
  onChange: (states: OrderState[]) => void;
}) {
  const { t } = useTranslation();
  const picked = new Set(value);
  const toggle = (state: OrderState, checked: boolean) =>
    onChange(ORDER_STATES.filter((candidate) => (candidate === state ? checked : picked.has(candidate))));
  return (
    <Box component="fieldset" sx={{ border: 0, p: 0, m: 0, minWidth: 0 }}>
      <Typography component="legend" variant="subtitle2" sx={{ mb: 0.5 }}>
        {t('monitoring.filters.states')}
      </Typography>
      <Box sx={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(200px, 1fr))' }}>
        {ORDER_STATES.map((state) => (
          <FormControlLabel
            key={state}
            control={
              <Checkbox
                size="small"
                checked={picked.has(state)}
                onChange={(_event, checked) => toggle(state, checked)}
              />
            }
            label={t(orderStateLabelKey(state))}
          />
        ))}
      </Box>
    </Box>
  );
}
