import Box from '@mui/material/Box';
import LinearProgress from '@mui/material/LinearProgress';
import { useTranslation } from 'react-i18next';

/**
 * A thin, named progress bar over content that stays on screen while its next version loads.
 * It sits outside the data grid: a grid may hold only rows, and a bar inside it breaks ARIA.
 * The space is always reserved, so the content below does not jump.
 */
export function RefreshBar({ active }: { active: boolean }) {
  const { t } = useTranslation();
  return <Box sx={{ height: 4 }}>{active && <LinearProgress aria-label={t('common.loading')} />}</Box>;
}
