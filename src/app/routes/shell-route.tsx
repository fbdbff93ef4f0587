import { addSignedInMessages } from '@/lib/i18n/signed-in-ru';
import { CabinetTheme } from '../cabinet-theme';
import { AppShell } from '../shell/app-shell';

// Every signed-in page renders inside the shell: its messages arrive with it.
addSignedInMessages();

export function Component() {
  return (
    <CabinetTheme>
      <AppShell />
    </CabinetTheme>
  );
}
