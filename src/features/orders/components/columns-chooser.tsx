import ViewColumnIcon from '@mui/icons-material/ViewColumn';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormGroup from '@mui/material/FormGroup';
import Popover from '@mui/material/Popover';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ColumnVisibility } from './use-column-visibility';
import type { OrderColumn } from './use-order-columns';

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
  const shown = columns.filter((column) => visibility[column.field] !== false).length;
  return (
    <>
      <Button
        size="small"
        startIcon={<ViewColumnIcon aria-hidden />}
        aria-haspopup="dialog"
        aria-expanded={anchor !== null}
        aria-controls={anchor ? panelId : undefined}
        onClick={(event) => setAnchor(event.currentTarget)}
      >
        {t('monitoring.columns.toggle')}
      </Button>
      <Popover
        open={anchor !== null}
        anchorEl={anchor}
        onClose={() => setAnchor(null)}
        anchorOrigin={{ vertical: 'bottom', horizontal: 'right' }}
        transformOrigin={{ vertical: 'top', horizontal: 'right' }}
        slotProps={{ paper: { id: panelId, role: 'dialog', 'aria-label': t('monitoring.columns.toggle') } }}
      >
        <FormGroup sx={{ px: 2, py: 1 }}>
          {columns.map((column) => {
            const checked = visibility[column.field] !== false;
            return (
              <FormControlLabel
                key={column.field}
                label={column.header}
                control={
                  <Checkbox
                    size="small"
                    checked={checked}
                    // The last column shown stays: a grid of no columns shows nothing to click.
                    disabled={checked && shown === 1}
                    onChange={(_event, next) => onChange({ ...visibility, [column.field]: next })}
                  />
                }
              />
            );
          })}
        </FormGroup>
      </Popover>
    </>
  );
}
