import { addSignedInMessages } from '@/lib/i18n/signed-in-ru';
import { AppShell } from '../shell/app-shell';

// Every signed-in page renders inside the shell: its messages arrive with it.
addSignedInMessages();

/** The shell is drawn without MUI; the pages in it that use MUI bring its theme (route-table.tsx). */
export function Component() {
  return <AppShell />;
}
