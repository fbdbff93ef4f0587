import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import { useTranslation } from 'react-i18next';
import type { ActionKind } from '../model/action-kind';
import type { AvailableAction } from './available-actions';

export interface OrderRowMenuProps {
  id: string;
  anchor: HTMLElement;
  actions: readonly AvailableAction[];
  onClose: () => void;
  onChoose: (kind: ActionKind) => void;
}

/** A row's open menu of money actions. */
export function OrderRowMenu({ id, anchor, actions, onClose, onChoose }: OrderRowMenuProps) {
  const { t } = useTranslation();
  return (
    <Menu id={id} anchorEl={anchor} open onClose={onClose}>
      {actions.map(({ kind, variant }) => (
        <MenuItem key={kind} onClick={() => onChoose(kind)}>
          {t(`actions.menu.${variant}`)}
        </MenuItem>
      ))}
    </Menu>
  );
}
