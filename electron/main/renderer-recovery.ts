import type { BrowserWindow, RenderProcessGoneDetails } from 'electron';

/** How many times a minute a window whose page died is reloaded before softdial stops and explains. */
export const RELOADS_PER_MINUTE = 3;
const MINUTE_MS = 60_000;

/** What to do after the page's process went away: nothing (it ended cleanly), reload it, or stop and explain. */
export type CrashStep = 'none' | 'reload' | 'explain';

/**
 * Decides after a renderer process went away: a clean exit is left alone; a crash, a kill or an out-of-memory
 * is reloaded, at most three times in a minute (a page that dies at once would otherwise loop for ever).
 * Returns the step and the reload times still within the minute.
 */
export function crashStep(
  reason: RenderProcessGoneDetails['reason'],
  reloads: readonly number[],
  now: number,
): { step: CrashStep; reloads: number[] } {
  const recent = reloads.filter((at) => now - at < MINUTE_MS);
  if (reason === 'clean-exit') return { step: 'none', reloads: recent };
  if (recent.length >= RELOADS_PER_MINUTE) return { step: 'explain', reloads: recent };
  return { step: 'reload', reloads: [...recent, now] };
}

/** What recovery needs from the app around it. */
export interface RecoveryDeps {
  now(): number;
  /** Says the window keeps dying (three times in a minute) and offers to try again or quit. */
  explainCrashes(): Promise<'retry' | 'quit'>;
  /** Asks whether to reload a page that stopped responding; the signal closes the question when it answers again. */
  askAboutHang(signal: AbortSignal): Promise<'reload' | 'wait'>;
  quit(): void;
  onError(error: unknown): void;
}

/**
 * Keeps the window usable when its page crashes or hangs, instead of a blank window until restart: a crashed
 * page is reloaded (see `crashStep`), a hung one is reloaded if the agent agrees, and the question goes away
 * by itself if the page answers again. A call in progress lives in the core and survives a reload.
 */
export function recoverRenderer(window: BrowserWindow, deps: RecoveryDeps): void {
  const contents = window.webContents;
  let reloads: number[] = [];
  contents.on('render-process-gone', (_event, details) => {
    const decided = crashStep(details.reason, reloads, deps.now());
    reloads = decided.reloads;
    if (decided.step === 'reload') contents.reload();
    if (decided.step === 'explain')
      deps
        .explainCrashes()
        .then((answer) => {
          reloads = [];
          if (answer === 'retry') contents.reload();
          else deps.quit();
        })
        .catch((error: unknown) => deps.onError(error));
  });
  let hang: AbortController | undefined;
  window.on('unresponsive', () => {
    if (hang) return;
    const asked = new AbortController();
    hang = asked;
    deps
      .askAboutHang(asked.signal)
      .then((answer) => {
        // Killing the page's process makes it "gone", which reloads it (and counts toward the limit).
        if (answer === 'reload' && !asked.signal.aborted) contents.forcefullyCrashRenderer();
      })
      .catch((error: unknown) => deps.onError(error))
      .finally(() => {
        if (hang === asked) hang = undefined;
      });
  });
  window.on('responsive', () => hang?.abort());
}
