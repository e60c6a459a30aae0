import { EventEmitter } from 'node:events';
import type { AppUpdater } from 'electron-updater';
import { describe, expect, it } from 'vitest';
import type { UpdateStatus } from '../../../electron/ipc/desktop-state.js';
import { Updates } from '../../../electron/main/updates/updater.js';

/** The part of electron-updater's AppUpdater softdial drives, recording what it is told (its Electron side runs on real machines). */
class RecordingUpdater extends EventEmitter {
  autoDownload = true;
  autoInstallOnAppQuit = true;
  allowDowngrade = true;
  channel: string | null = null;
  feeds: unknown[] = [];
  checks = 0;
  setFeedURL(feed: unknown): void {
    this.feeds.push(feed);
  }
  async checkForUpdates(): Promise<null> {
    this.checks++;
    return null;
  }
}

function updates(packaged = true) {
  const updater = new RecordingUpdater();
  const seen: UpdateStatus[] = [];
  let loads = 0;
  const subject = new Updates({
    packaged,
    load: async () => {
      loads++;
      return updater as unknown as AppUpdater;
    },
    onStatus: (status) => seen.push(status),
  });
  return { subject, updater, seen, loads: () => loads };
}

const settings = { updates: 'auto' as const, updateChannel: 'latest' };

describe('the updates, driving electron-updater', () => {
  it('sets the updater up as the policy says, checks at once, and follows its events into the settings view', async () => {
    const { subject, updater, seen } = updates();
    await subject.apply({ ...settings, updateFeedUrl: 'https://updates.example.com/softdial/', updateChannel: 'beta' });
    expect(updater).toMatchObject({
      autoDownload: true,
      autoInstallOnAppQuit: true,
      allowDowngrade: false,
      channel: 'beta',
    });
    expect(updater.feeds).toEqual([
      { provider: 'generic', url: 'https://updates.example.com/softdial/', channel: 'beta' },
    ]);
    expect(updater.checks).toBe(1);
    updater.emit('update-available', { version: '1.4.2' });
    updater.emit('update-downloaded', { version: '1.4.2' });
    expect(seen.at(-1)).toEqual({
      state: 'ready',
      version: '1.4.2',
      message: 'Restart to update to 1.4.2: softdial installs it when it quits.',
    });
    expect(subject.status.state).toBe('ready');
  });

  it('does nothing again for a change to another setting, and stops installing on quit when turned off', async () => {
    const { subject, updater, loads } = updates();
    await subject.apply(settings);
    await subject.apply(settings);
    expect(updater.checks).toBe(1);
    await subject.apply({ ...settings, updates: 'off' });
    expect(updater.autoInstallOnAppQuit).toBe(false);
    expect(subject.status.state).toBe('off');
    expect(updater.checks).toBe(1);
    expect(loads()).toBe(1);
  });

  it('never loads the updater in a development run, and says why an updater that cannot start failed', async () => {
    const dev = updates(false);
    await dev.subject.apply(settings);
    expect(dev.loads()).toBe(0);
    expect(dev.subject.status.state).toBe('development');
    const broken = new Updates({
      packaged: true,
      load: async () => {
        throw new Error('Electron failed to install correctly');
      },
      onStatus: () => undefined,
    });
    await broken.apply(settings);
    expect(broken.status).toEqual({
      state: 'failed',
      message: 'Updates could not start (Electron failed to install correctly).',
    });
  });
});
