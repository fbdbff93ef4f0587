import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormGroup from '@mui/material/FormGroup';
import Popover from '@mui/material/Popover';
import { useTranslation } from 'react-i18next';
import type { ColumnVisibility } from './use-column-visibility';
import type { OrderColumn } from './use-order-columns';

export interface ColumnsPanelProps {
  id: string;
  anchor: HTMLElement;
  onClose: () => void;
  columns: readonly OrderColumn[];
  visibility: ColumnVisibility;
  onChange: (visibility: ColumnVisibility) => void;
}

/** The columns chooser's open panel: a checkbox per column. */
export function ColumnsPanel({ id, anchor, onClose, columns, visibility, onChange }: ColumnsPanelProps) {
  const { t } = useTranslation();
  const shown = columns.filter((column) => visibility[column.field] !== false).length;
  return (
    <Popover
      open
      anchorEl={anchor}
      onClose={onClose}
      anchorOrigin={{ vertical: 'bottom', horizontal: 'right' }}
      transformOrigin={{ vertical: 'top', horizontal: 'right' }}
      slotProps={{ paper: { id, role: 'dialog', 'aria-label': t('monitoring.columns.toggle') } }}
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
  );
}
