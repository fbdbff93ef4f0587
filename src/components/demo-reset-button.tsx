import { Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { demoControls } from '@/lib/demo-controls';
import { buttonClass, startIconClass } from './plain/button-class';
import { PlainIcon } from './plain/plain-icon';
import { lazyThemed } from './theme/lazy-themed';

/** The confirmation is fetched when asked for: the header of every page carries only the button. */
const DemoResetDialog = lazyThemed(
  () => import('./demo-reset-dialog'),
  (module) => module.DemoResetDialog,
);

/** Shown in the in-page demo only: brings its data back to a fresh history after asking. */
export function DemoResetButton() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const controls = demoControls();
  if (!controls) return null;
  return (
    <>
      <button type="button" className={buttonClass('text', 'medium', 'inherit')} onClick={() => setOpen(true)}>
        <span className={startIconClass}>
          <PlainIcon name="restartAlt" />
        </span>
        {t('ux.demo.reset')}
      </button>
      {open && (
        <Suspense fallback={null}>
          <DemoResetDialog onKeep={() => setOpen(false)} onReset={() => controls.resetDemoData()} />
        </Suspense>
      )}
    </>
  );
}
