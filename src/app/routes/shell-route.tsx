import { AppShell } from '../shell/app-shell';

export function Component() {
  return <AppShell />;
}
