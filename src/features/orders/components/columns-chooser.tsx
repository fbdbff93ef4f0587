import ViewColumnIcon from '@mui/icons-material/ViewColumn';
import Button from '@mui/material/Button';
import { lazy, Suspense, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
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
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  return (
    <>
      <Button
        size="small"
        startIcon={<ViewColumnIcon aria-hidden />}
        aria-haspopup="dialog"
        aria-expanded={anchor !== null}
        aria-controls={anchor ? panelId : undefined}
        onClick={(event) => setAnchor(event.currentTarget)}
        onPointerEnter={() => void loadPanel()}
        onFocus={() => void loadPanel()}
      >
        {t('monitoring.columns.toggle')}
      </Button>
      {anchor && (
        <Suspense fallback={null}>
          <ColumnsPanel
            id={panelId}
            anchor={anchor}
            onClose={() => setAnchor(null)}
            columns={columns}
            visibility={visibility}
            onChange={onChange}
          />
        </Suspense>
      )}
    </>
  );
}
