import ViewColumnIcon from '@mui/icons-material/ViewColumn';
import Button from '@mui/material/Button';
import { ColumnsPanelTrigger, Toolbar } from '@mui/x-data-grid';
import { useTranslation } from 'react-i18next';

/** The grid's own toolbar: only the columns chooser (filters, sort and export live outside). */
export function OrdersGridToolbar() {
  const { t } = useTranslation();
  return (
    <Toolbar>
      <ColumnsPanelTrigger render={<Button size="small" startIcon={<ViewColumnIcon aria-hidden />} />}>
        {t('monitoring.columns.toggle')}
      </ColumnsPanelTrigger>
    </Toolbar>
  );
}
