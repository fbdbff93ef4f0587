import Box from '@mui/material/Box';
import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import { useTranslation } from 'react-i18next';
import { ORDER_VIEWS, type OrderCounts, type OrderView } from '@/api/orders';
import { useNumberFormat } from '@/components/use-number-format';

/**
 * The monitor's quick views, each with how many orders it holds under the other filters
 * (counted by the server). A state filter that matches no view leaves none pressed.
 */
export function QuickViews({
  active,
  counts,
  onSelect,
}: {
  active: OrderView | null;
  counts: OrderCounts | undefined;
  onSelect: (view: OrderView) => void;
}) {
  const { t } = useTranslation();
  const numbers = useNumberFormat();
  return (
    <ToggleButtonGroup
      exclusive
      size="small"
      value={active}
      aria-label={t('monitoring.views.label')}
      onChange={(_event, view: OrderView | null) => {
        if (view) onSelect(view);
      }}
      sx={{ flexWrap: 'wrap', mb: 2 }}
    >
      {ORDER_VIEWS.map((view) => (
        <ToggleButton key={view} value={view} data-quick-view={view} sx={{ textTransform: 'none', gap: 1 }}>
          {t(`monitoring.views.${view}`)}{' '}
          <Box component="span" sx={{ fontVariantNumeric: 'tabular-nums', fontWeight: 600, minWidth: '2ch' }}>
            {counts ? numbers.format(counts[view]) : '…'}
          </Box>
        </ToggleButton>
      ))}
    </ToggleButtonGroup>
  );
}
