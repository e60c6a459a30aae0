import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
import type { GenericProvider as GenericProviderClass } from 'electron-updater/out/providers/GenericProvider.js';
import type { NodeHttpExecutor as NodeHttpExecutorClass } from 'builder-util/out/nodeHttpExecutor.js';
import * as v from 'valibot';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SettingsSchema } from '../../electron/core/settings/schema.js';
import { statusAfter, updatePlan } from '../../electron/main/updates/update-plan.js';
import type { GenericFeed } from '../../electron/main/updates/update-plan.js';

// softdial's update settings against electron-updater's own generic provider, reading a real latest.yml (as
// electron-builder writes it) from a local web server over HTTP. The updater's Electron side (download,
// install on quit) can only run against a published release on a real machine (docs/packaging.md).
const require = createRequire(import.meta.url);
const { GenericProvider } = require('electron-updater/out/providers/GenericProvider.js') as {
  GenericProvider: typeof GenericProviderClass;
};
const { NodeHttpExecutor } = require('builder-util/out/nodeHttpExecutor.js') as {
  NodeHttpExecutor: typeof NodeHttpExecutorClass;
};

const SHA512 = 'kHl0fOSvxtxvS3Lb+38X6xjErTHS8B7TVVFRNGv8Mjb5tL9kqgJNTwXH9TgP2zX1rVTgIHyOP1jDSXD5rZ8K6w==';
/** A channel file as electron-builder 26 writes it next to the installers. */
const channelFile = (version: string, installer: string): string =>
  [
    `version: ${version}`,
    'files:',
    `  - url: ${installer}`,
    `    sha512: ${SHA512}`,
    '    size: 104857600',
    `path: ${installer}`,
    `sha512: ${SHA512}`,
    "releaseDate: '2026-12-01T10:00:00.000Z'",
    '',
  ].join('\n');

describe('the update feed, read by electron-updater from a local server', () => {
  const asked: string[] = [];
  const server = createServer((request, response) => {
    const path = request.url?.split('?')[0] ?? '';
    asked.push(path);
    const channel = /^\/softdial\/(latest|beta)(-linux(?:-arm64)?|-mac)?\.yml$/.exec(path);
    if (!channel) {
      response.writeHead(404).end();
      return;
    }
    const version = channel[1] === 'beta' ? '1.5.0-beta.2' : '1.4.2';
    response.writeHead(200, { 'content-type': 'text/yaml' }).end(channelFile(version, `softdial-${version}.AppImage`));
  });
  let base = '';
  beforeAll(async () => {
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/softdial/`;
  });
  afterAll(() => server.close());

  const provider = (feed: GenericFeed, platform: 'linux' | 'darwin' | 'win32') =>
    new GenericProvider(feed, { channel: null, isAddNoCacheQuery: false } as never, {
      platform,
      executor: new NodeHttpExecutor() as never,
      isUseMultipleRangeRequest: true,
    });

  const feedOf = (updateChannel: string): GenericFeed => {
    const plan = updatePlan({ updates: 'auto', updateFeedUrl: base, updateChannel }, true);
    if (!plan.run || !plan.options.feed) throw new Error('the plan has no feed');
    return plan.options.feed;
  };

  it("finds the version on the policy's feed and channel, each platform reading its own channel file", async () => {
    asked.length = 0;
    const linux = await provider(feedOf('latest'), 'linux').getLatestVersion();
    expect(linux.version).toBe('1.4.2');
    expect(linux.files[0]).toMatchObject({ url: 'softdial-1.4.2.AppImage', sha512: SHA512, size: 104857600 });
    const beta = await provider(feedOf('beta'), 'win32').getLatestVersion();
    expect(beta.version).toBe('1.5.0-beta.2');
    await provider(feedOf('beta'), 'darwin').getLatestVersion();
    expect(asked).toEqual([
      process.arch === 'x64' ? '/softdial/latest-linux.yml' : `/softdial/latest-linux-${process.arch}.yml`,
      '/softdial/beta.yml',
      '/softdial/beta-mac.yml',
    ]);
  });

  it('resolves the installer next to the channel file, and shows "Restart to update to 1.4.2" once it is downloaded', async () => {
    const feed = provider(feedOf('latest'), 'linux');
    const info = await feed.getLatestVersion();
    expect(feed.resolveFiles(info).map((file) => file.url.href)).toEqual([`${base}softdial-1.4.2.AppImage`]);
    const found = statusAfter({ state: 'checking' }, { event: 'update-available', version: info.version }, 'auto');
    expect(found).toMatchObject({ state: 'downloading', version: '1.4.2' });
    expect(statusAfter(found, { event: 'update-downloaded', version: info.version }, 'auto')).toEqual({
      state: 'ready',
      version: '1.4.2',
      message: 'Restart to update to 1.4.2: softdial installs it when it quits.',
    });
  });

  it('fails with a reason the window can show when the channel does not exist on the feed', async () => {
    const failure = await provider(feedOf('nightly'), 'linux')
      .getLatestVersion()
      .then(
        () => undefined,
        (error: unknown) => error,
      );
    expect(failure).toBeInstanceOf(Error);
    const status = statusAfter({ state: 'checking' }, { event: 'error', message: (failure as Error).message }, 'auto');
    expect(status.state).toBe('failed');
    expect(status.message).toContain('nightly');
  });
});

describe('the update policy', () => {
  const settings = { updates: 'auto' as const, updateChannel: 'latest' };

  it('never runs the updater in a development run, nor where the admin turned updates off', () => {
    expect(updatePlan(settings, false)).toEqual({
      run: false,
      status: { state: 'development', message: 'Only the installed app updates itself.' },
    });
    expect(updatePlan({ ...settings, updates: 'off' }, true)).toMatchObject({
      run: false,
      status: { state: 'off', message: expect.stringContaining('administrator') },
    });
  });

  it("downloads and installs on quit with auto, only checks with notify, and uses the build's own feed unless one is set", () => {
    expect(updatePlan(settings, true)).toEqual({
      run: true,
      status: { state: 'checking' },
      options: { autoDownload: true, autoInstallOnAppQuit: true, channel: 'latest', allowDowngrade: false },
    });
    expect(updatePlan({ ...settings, updates: 'notify', updateChannel: 'beta' }, true)).toMatchObject({
      run: true,
      options: { autoDownload: false, autoInstallOnAppQuit: false, channel: 'beta' },
    });
    const notify = statusAfter({ state: 'checking' }, { event: 'update-available', version: '2.0.0' }, 'notify');
    expect(notify).toEqual({ state: 'available', version: '2.0.0', message: 'softdial 2.0.0 is available.' });
  });

  it('keeps saying a restart is due while later checks run, and follows the download', () => {
    const ready = { state: 'ready' as const, version: '1.4.2', message: 'Restart to update to 1.4.2.' };
    expect(statusAfter(ready, { event: 'checking-for-update' }, 'auto')).toBe(ready);
    expect(statusAfter(ready, { event: 'update-not-available' }, 'auto')).toBe(ready);
    expect(statusAfter({ state: 'checking' }, { event: 'update-not-available' }, 'auto')).toEqual({
      state: 'up-to-date',
      message: 'softdial is up to date.',
    });
    const downloading = { state: 'downloading' as const, version: '1.4.2' };
    expect(statusAfter(downloading, { event: 'download-progress', percent: 41.7 }, 'auto')).toEqual({
      state: 'downloading',
      version: '1.4.2',
      message: 'Downloading softdial 1.4.2: 41 %',
    });
  });

  it('takes a feed only over https (or loopback http), and a channel only by name', () => {
    const accepts = (value: Record<string, unknown>) => v.safeParse(SettingsSchema, value).success;
    expect(accepts({ updates: 'notify', updateFeedUrl: 'https://updates.example.com/softdial/' })).toBe(true);
    expect(accepts({ updateFeedUrl: 'http://127.0.0.1:8080/softdial/' })).toBe(true);
    expect(accepts({ updateFeedUrl: 'http://updates.example.com/softdial/' })).toBe(false);
    expect(accepts({ updates: 'sometimes' })).toBe(false);
    expect(accepts({ updateChannel: 'beta' })).toBe(true);
    expect(accepts({ updateChannel: '../latest' })).toBe(false);
  });
});
