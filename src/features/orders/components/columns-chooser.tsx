import ViewColumnIcon from '@mui/icons-material/ViewColumn';
import Button from '@mui/material/Button';
import { lazy, Suspense, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useLazyPopup } from '@/components/use-lazy-popup';
import type { ColumnVisibility } from './use-column-visibility';
import type { OrderColumn } from './use-order-columns';

/** The panel (a popover of checkboxes) is fetched when first opened or pointed at, not with the list. */
const loadPanel = () => import('./columns-panel');
const ColumnsPanel = lazy(() => loadPanel().then((module) => ({ default: module.ColumnsPanel })));

/** Which columns the grid shows: a button and a panel of checkboxes, one per column. */
export function ColumnsChooser({
  columns,
  visibility,
  onChange,
}: {
  columns: readonly OrderColumn[];
  visibility: ColumnVisibility;
  onChange: (visibility: ColumnVisibility) => void;
}) {
  const { t } = useTranslation();
  const panelId = useId();
  const popup = useLazyPopup(loadPanel, panelId);
  return (
    <>
      <Button
        size="small"
        startIcon={<ViewColumnIcon aria-hidden />}
        aria-haspopup="dialog"
        {...popup.triggerProps}
        onClick={(event) => popup.open(event.currentTarget)}
      >
        {t('monitoring.columns.toggle')}
      </Button>
      {popup.anchor && (
        <Suspense fallback={null}>
          <ColumnsPanel
            id={panelId}
            anchor={popup.anchor}
            onClose={popup.close}
            columns={columns}
            visibility={visibility}
            onChange={onChange}
          />
        </Suspense>
      )}
    </>
  );
}
