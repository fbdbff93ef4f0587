/**
 * What the in-page demo lets the visitor do with its data. Registered at start-up by the demo
 * build only; in production nothing registers and the controls are absent.
 */
export interface DemoControls {
  resetDemoData(): void;
}

let registered: DemoControls | null = null;

export function registerDemoControls(controls: DemoControls | null): void {
  registered = controls;
}

export function demoControls(): DemoControls | null {
  return registered;
}
