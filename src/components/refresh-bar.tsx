import { useTranslation } from 'react-i18next';

/**
 * A thin, named progress bar over content that stays on screen while its next version loads.
 * It sits outside the data grid: a grid may hold only rows, and a bar inside it breaks ARIA.
 * The space is always reserved, so the content below does not jump. Plain markup styled by the
 * app's base style sheet (`.refresh-bar` in theme.ts): showing it inserts no style rule, which
 * would make the browser restyle the whole page at the moment a filter changes.
 */
export function RefreshBar({ active }: { active: boolean }) {
  const { t } = useTranslation();
  return (
    <div className="refresh-bar">
      {active && (
        <div role="progressbar" aria-label={t('common.loading')}>
          <span />
        </div>
      )}
    </div>
  );
}
