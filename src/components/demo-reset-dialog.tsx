import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';

/** Asks before the demo's data goes back to a fresh history. */
export function DemoResetDialog({ onKeep, onReset }: { onKeep: () => void; onReset: () => void }) {
  const { t } = useTranslation();
  const titleId = useId();
  return (
    <Dialog open onClose={onKeep} aria-labelledby={titleId}>
      <DialogTitle id={titleId}>{t('ux.demo.reset')}</DialogTitle>
      <DialogContent>
        <DialogContentText>{t('ux.demo.resetConfirm')}</DialogContentText>
      </DialogContent>
      <DialogActions>
        <Button onClick={onKeep}>{t('ux.demo.keep')}</Button>
        <Button color="error" variant="contained" onClick={onReset}>
          {t('ux.demo.reset')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
