import type { AppUpdater } from 'electron-updater';
import type { UpdateStatus } from '../../ipc/desktop-state.js';
import { statusAfter, updatePlan } from './update-plan.js';
import type { UpdateSettings, UpdaterEvent } from './update-plan.js';

/** How often a running softdial looks for a new version (agents leave it running for weeks). */
const CHECK_EVERY_MS = 4 * 60 * 60_000;

/** What the updates need from the app around them. */
export interface UpdatesDeps {
  packaged: boolean;
  /** electron-updater's updater, loaded only when updates run (it needs the packaged app). */
  load(): Promise<AppUpdater>;
  /** Tells the window the state changed (Settings shows it). */
  onStatus(status: UpdateStatus): void;
}

const message = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/**
 * Keeps softdial up to date with electron-updater, as the policy says (see `updatePlan`): checks at start and
 * every few hours, downloads in the background, installs when softdial quits (`auto`), and never restarts
 * softdial by itself, so no call is cut.
 */
export class Updates {
  status: UpdateStatus = { state: 'off' };
  private updater?: AppUpdater;
  private timer?: NodeJS.Timeout;
  private policy: UpdateSettings['updates'] = 'off';
  /** The settings last applied: a change to any other setting leaves the updater as it is. */
  private applied?: string;

  constructor(private readonly deps: UpdatesDeps) {}

  /** Applies the update settings: at start, and again when an admin or the agent changes them. */
  async apply(settings: UpdateSettings): Promise<void> {
    const key = JSON.stringify([settings.updates, settings.updateFeedUrl, settings.updateChannel]);
    if (key === this.applied) return;
    this.applied = key;
    const plan = updatePlan(settings, this.deps.packaged);
    this.policy = settings.updates;
    clearInterval(this.timer);
    this.timer = undefined;
    if (this.updater) this.updater.autoInstallOnAppQuit = plan.run && plan.options.autoInstallOnAppQuit;
    this.report(plan.status);
    if (!plan.run) return;
    try {
      const updater = (this.updater ??= this.listenTo(await this.deps.load()));
      Object.assign(updater, {
        autoDownload: plan.options.autoDownload,
        autoInstallOnAppQuit: plan.options.autoInstallOnAppQuit,
        allowDowngrade: plan.options.allowDowngrade,
        channel: plan.options.channel,
      });
      if (plan.options.feed) updater.setFeedURL(plan.options.feed);
      this.timer = setInterval(() => this.check(), CHECK_EVERY_MS);
      this.timer.unref();
      this.check();
    } catch (error) {
      this.report({ state: 'failed', message: `Updates could not start (${message(error)}).` });
    }
  }

  private check(): void {
    this.updater?.checkForUpdates().catch((error: unknown) => this.on({ event: 'error', message: message(error) }));
  }

  private listenTo(updater: AppUpdater): AppUpdater {
    updater.on('checking-for-update', () => this.on({ event: 'checking-for-update' }));
    updater.on('update-not-available', () => this.on({ event: 'update-not-available' }));
    updater.on('update-available', (info) => this.on({ event: 'update-available', version: info.version }));
    updater.on('download-progress', (progress) => this.on({ event: 'download-progress', percent: progress.percent }));
    updater.on('update-downloaded', (info) => this.on({ event: 'update-downloaded', version: info.version }));
    updater.on('error', (error) => this.on({ event: 'error', message: message(error) }));
    return updater;
  }

  private on(event: UpdaterEvent): void {
    this.report(statusAfter(this.status, event, this.policy));
  }

  private report(status: UpdateStatus): void {
    this.status = status;
    this.deps.onStatus(status);
  }
}
