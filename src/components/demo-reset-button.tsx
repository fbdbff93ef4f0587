import RestartAltIcon from '@mui/icons-material/RestartAlt';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { demoControls } from '@/lib/demo-controls';

/** Shown in the in-page demo only: brings its data back to a fresh history after asking. */
export function DemoResetButton() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const titleId = useId();
  const controls = demoControls();
  if (!controls) return null;
  return (
    <>
      <Button color="inherit" startIcon={<RestartAltIcon />} onClick={() => setOpen(true)}>
        {t('ux.demo.reset')}
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} aria-labelledby={titleId}>
        <DialogTitle id={titleId}>{t('ux.demo.reset')}</DialogTitle>
        <DialogContent>
          <DialogContentText>{t('ux.demo.resetConfirm')}</DialogContentText>
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setOpen(false)}>{t('ux.demo.keep')}</Button>
          <Button color="error" variant="contained" onClick={() => controls.resetDemoData()}>
            {t('ux.demo.reset')}
          </Button>
        </DialogActions>
      </Dialog>
    </>
  );
}
