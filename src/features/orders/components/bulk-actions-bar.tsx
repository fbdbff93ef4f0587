import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * The toolbar over the grid for what another feature may do with the selected orders. It stays
 * in place (and announces the count politely) so the grid does not jump when rows are selected.
 */
export function BulkActionsBar({ count, children }: { count: number; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <Box
      role="toolbar"
      aria-label={t('monitoring.selection.toolbar')}
      sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 1, minHeight: 40, mb: 1 }}
    >
      <Typography aria-live="polite" color="text.secondary" sx={{ mr: 1 }}>
        {count === 0 ? t('monitoring.selection.none') : t('monitoring.selection.count', { count })}
      </Typography>
      {children}
    </Box>
  );
}
