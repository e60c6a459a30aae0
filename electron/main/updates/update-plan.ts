import type { UpdateStatus } from '../../ipc/desktop-state.js';
import type { UpdatePolicy } from '../../shared/closed-sets.js';

/** The settings updates follow (an admin's policy file may lock each). */
export interface UpdateSettings {
  updates: UpdatePolicy;
  updateFeedUrl?: string | undefined;
  updateChannel: string;
}

/** electron-updater's generic feed: a folder holding electron-builder's latest*.yml and the installers. */
export interface GenericFeed {
  provider: 'generic';
  url: string;
  channel: string;
}

/** How the updater is set up: what it downloads and when it installs, and where from (absent: the build's own publish config). */
export interface UpdaterOptions {
  autoDownload: boolean;
  autoInstallOnAppQuit: boolean;
  channel: string;
  allowDowngrade: false;
  feed?: GenericFeed;
}

/** What updates do under these settings: nothing (and why), or run the updater with these options. */
export type UpdatePlan =
  { run: false; status: UpdateStatus } | { run: true; status: UpdateStatus; options: UpdaterOptions };

/**
 * Decides the updater from the policy: a development run never updates (it is not an installed build); `off`
 * leaves it to the fleet's own deployment; `notify` only checks and says in Settings that a version is out;
 * `auto` downloads it in the background and installs it when softdial quits. Neither restarts softdial by itself.
 */
export function updatePlan(settings: UpdateSettings, packaged: boolean): UpdatePlan {
  if (!packaged)
    return { run: false, status: { state: 'development', message: 'Only the installed app updates itself.' } };
  if (settings.updates === 'off')
    return {
      run: false,
      status: { state: 'off', message: 'Updates are off here: your administrator deploys new versions of softdial.' },
    };
  const channel = settings.updateChannel;
  return {
    run: true,
    status: { state: 'checking' },
    options: {
      autoDownload: settings.updates === 'auto',
      autoInstallOnAppQuit: settings.updates === 'auto',
      channel,
      allowDowngrade: false,
      ...(settings.updateFeedUrl ? { feed: { provider: 'generic', url: settings.updateFeedUrl, channel } } : {}),
    },
  };
}

/** What the updater reports, as softdial reads it. */
export type UpdaterEvent =
  | { event: 'checking-for-update' }
  | { event: 'update-not-available' }
  | { event: 'update-available'; version: string }
  | { event: 'download-progress'; percent: number }
  | { event: 'update-downloaded'; version: string }
  | { event: 'error'; message: string };

/** The state Settings shows after an updater event ("Up to date", "Restart to update to 1.4.2"). */
export function statusAfter(previous: UpdateStatus, report: UpdaterEvent, policy: UpdatePolicy): UpdateStatus {
  switch (report.event) {
    case 'checking-for-update':
      // A check while a download waits for a restart keeps saying so.
      return previous.state === 'ready' ? previous : { state: 'checking' };
    case 'update-not-available':
      return previous.state === 'ready' ? previous : { state: 'up-to-date', message: 'softdial is up to date.' };
    case 'update-available':
      return policy === 'auto'
        ? { state: 'downloading', version: report.version, message: `Downloading softdial ${report.version}…` }
        : { state: 'available', version: report.version, message: `softdial ${report.version} is available.` };
    case 'download-progress':
      return {
        ...previous,
        state: 'downloading',
        message: `Downloading${previous.version ? ` softdial ${previous.version}` : ''}: ${Math.floor(report.percent)} %`,
      };
    case 'update-downloaded':
      return {
        state: 'ready',
        version: report.version,
        message: `Restart to update to ${report.version}: softdial installs it when it quits.`,
      };
    case 'error':
      return { state: 'failed', message: `softdial could not update (${report.message}); it tries again later.` };
  }
}
