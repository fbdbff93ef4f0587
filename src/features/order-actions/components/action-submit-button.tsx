import Button from '@mui/material/Button';
import { useTranslation } from 'react-i18next';

export interface ActionSubmitButtonProps {
  /** A confirm charges the hold; anything else gives money back and is shown as dangerous. */
  confirm: boolean;
  pending: boolean;
  /** What the button says while no request is in flight. */
  label: string;
}

/** Submits an action dialog's form; disabled while the request is in flight so money moves once. */
export function ActionSubmitButton({ confirm, pending, label }: ActionSubmitButtonProps) {
  const { t } = useTranslation();
  return (
    <Button type="submit" variant="contained" color={confirm ? 'primary' : 'error'} disabled={pending}>
      {pending ? t('actions.submit.pending') : label}
    </Button>
  );
}
