import RestartAltIcon from '@mui/icons-material/RestartAlt';
import Button from '@mui/material/Button';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { demoControls } from '@/lib/demo-controls';

/** The confirmation is fetched when asked for: the header of every page carries only the button. */
const DemoResetDialog = lazy(() =>
  import('./demo-reset-dialog').then((module) => ({ default: module.DemoResetDialog })),
);

/** Shown in the in-page demo only: brings its data back to a fresh history after asking. */
export function DemoResetButton() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const controls = demoControls();
  if (!controls) return null;
  return (
    <>
      <Button color="inherit" startIcon={<RestartAltIcon />} onClick={() => setOpen(true)}>
        {t('ux.demo.reset')}
      </Button>
      {open && (
        <Suspense fallback={null}>
          <DemoResetDialog onKeep={() => setOpen(false)} onReset={() => controls.resetDemoData()} />
        </Suspense>
      )}
    </>
  );
}
