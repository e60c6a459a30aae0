import type { BrowserWindow, PowerMonitor } from 'electron';

/** Whether the shutdown event can be held back (Electron passes one; its typings leave it out). */
const canDelay = (event: unknown): event is { preventDefault(): void } =>
  typeof event === 'object' &&
  event !== null &&
  'preventDefault' in event &&
  typeof event.preventDefault === 'function';

/**
 * Follows the machine's power and session: after sleep the core reconnects at once (its notification
 * channel and tokens went stale while the machine slept); when the OS shuts down or the Windows session
 * ends, softdial quits through its normal path, so the core puts its last changes on disk before it is killed.
 */
export function followPower(deps: {
  monitor: Pick<PowerMonitor, 'on'>;
  window: Pick<BrowserWindow, 'on'>;
  resume(): void;
  quit(): void;
}): void {
  deps.monitor.on('resume', () => deps.resume());
  // Linux and macOS: preventing the default asks the OS to wait while softdial closes (Electron passes the event
  // its typings leave out).
  deps.monitor.on('shutdown', (...args: unknown[]) => {
    const [event] = args;
    if (canDelay(event)) event.preventDefault();
    deps.quit();
  });
  // Windows: the session ends (sign-out, shut-down) and the process is ended soon after.
  deps.window.on('session-end', () => deps.quit());
}
