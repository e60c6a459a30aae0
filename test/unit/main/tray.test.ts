import { describe, expect, it, vi } from 'vitest';
import { harness } from '../../startup/electron-stand-in.js';
import type { TrayState } from '../../../electron/main/tray-menu.js';

// `electron` cannot load under Node: the typed stand-in of the start-up test takes its place.
vi.mock('electron', () => import('../../startup/electron-stand-in.js'));
const { setupTray } = await import('../../../electron/main/tray.js');

const state = (signedIn: boolean): TrayState => ({
  sandbox: false,
  signedIn,
  mode: 'agent',
  favourites: [],
  recents: [],
  clipboard: null,
});
const actions = {
  dial: () => undefined,
  dialClipboard: () => undefined,
  open: () => undefined,
  signIn: () => undefined,
  quit: () => undefined,
};

describe('the tray', () => {
  it('never overlaps rebuilds: changes during one rebuild give exactly one more, from the newest state', async () => {
    let signedIn = false;
    const pending: (() => void)[] = [];
    const reads: boolean[] = [];
    const handle = setupTray({
      icon: 'tray.png',
      platform: 'linux',
      state: () =>
        new Promise((resolve) => {
          reads.push(signedIn);
          pending.push(() => resolve(state(signedIn)));
        }),
      actions,
      onError: (error) => {
        throw error;
      },
    });
    signedIn = true;
    handle.refresh();
    handle.refresh();
    expect(reads).toEqual([false]);
    pending.shift()?.();
    await vi.waitFor(() => expect(reads).toEqual([false, true]));
    pending.shift()?.();
    await vi.waitFor(() => expect(harness.trays.at(-1)?.deref()?.menu?.template[0]?.label).toBe('Signed in'));
    expect(reads).toHaveLength(2);
  });

  it('reports a failed rebuild and still rebuilds afterwards', async () => {
    const errors: unknown[] = [];
    let fail = true;
    const handle = setupTray({
      icon: 'tray.png',
      platform: 'linux',
      state: async () => {
        if (fail) throw new Error('clipboard unavailable');
        return state(false);
      },
      actions,
      onError: (error) => errors.push(error),
    });
    await vi.waitFor(() => expect(errors).toHaveLength(1));
    fail = false;
    handle.refresh();
    await vi.waitFor(() => expect(harness.trays.at(-1)?.deref()?.menu?.template[0]?.label).toBe('Not signed in'));
    expect(harness.journal).toContain('tray.setToolTip:softdial');
  });

  it.each([
    ['linux', ['open']],
    ['win32', ['open']],
    ['darwin', []],
  ] as const)(
    'on %s, a click on the icon opens the window: %j (on macOS the click opens the menu only)',
    (platform, opened) => {
      const seen: string[] = [];
      setupTray({
        icon: 'tray.png',
        platform,
        state: async () => state(false),
        actions: { ...actions, open: () => seen.push('open') },
        onError: (error) => {
          throw error;
        },
      });
      harness.trays.at(-1)?.deref()?.emit('click');
      expect(seen).toEqual(opened);
    },
  );
});
