import { Suspense, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { buttonClass, startIconClass } from '@/components/plain/button-class';
import { PlainIcon } from '@/components/plain/plain-icon';
import { useLazyPopup } from '@/components/use-lazy-popup';
import { lazyThemed, withTheme } from '@/components/theme/lazy-themed';
import type { ColumnVisibility } from './use-column-visibility';
import type { OrderColumn } from './use-order-columns';

/** The panel (a popover of checkboxes) is fetched when first opened or pointed at, not with the list. */
const loadPanel = withTheme(() => import('./columns-panel'));
const ColumnsPanel = lazyThemed(loadPanel, (module) => module.ColumnsPanel);

/** MUI's small text button, drawn without MUI: the button is on the monitor's first screen. */
const toggleClass = buttonClass('text', 'small');

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
      <button
        type="button"
        className={toggleClass}
        aria-haspopup="dialog"
        {...popup.triggerProps}
        onClick={(event) => popup.open(event.currentTarget)}
      >
        <span className={startIconClass}>
          <PlainIcon name="viewColumn" />
        </span>
        {t('monitoring.columns.toggle')}
      </button>
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
