import { lazy, Suspense, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { buttonClass, startIconClass } from '@/components/plain/button-class';
import { classNames } from '@/components/plain/class-names';
import { PlainIcon } from '@/components/plain/plain-icon';
import { useLazyPopup } from '@/components/use-lazy-popup';
import type { ColumnVisibility } from './use-column-visibility';
import type { OrderColumn } from './use-order-columns';
import styles from './columns-chooser.module.css';

/** The panel (a popover of checkboxes) is fetched when first opened or pointed at, not with the list. */
const loadPanel = () => import('./columns-panel');
const ColumnsPanel = lazy(() => loadPanel().then((module) => ({ default: module.ColumnsPanel })));

/** MUI's small text button, drawn without MUI: the button is on the monitor's first screen. */
const toggleClass = classNames(buttonClass('text', 'small'), styles.toggle);

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
