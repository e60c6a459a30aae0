import { beforeEach, describe, expect, it, vi } from 'vitest';
import { harness } from '../../startup/electron-stand-in.js';

// `electron` cannot load under Node: the typed stand-in of the start-up test takes its place.
vi.mock('electron', () => import('../../startup/electron-stand-in.js'));
const { openAllowedExternal } = await import('../../../electron/main/window.js');

const opened = (): string[] => harness.journal.filter((entry) => entry.startsWith('shell.openExternal:'));

describe('the sign-in page and every other link reach the browser through one allow-list', () => {
  beforeEach(() => {
    harness.journal.length = 0;
  });

  it('opens a Genesys sign-in page, and the configured login base', async () => {
    await openAllowedExternal('https://login.mypurecloud.de/oauth/authorize?client_id=x', undefined);
    await openAllowedExternal('http://127.0.0.1:9000/oauth/authorize?x=1', 'http://127.0.0.1:9000');
    expect(opened()).toEqual([
      'shell.openExternal:https://login.mypurecloud.de/oauth/authorize?client_id=x',
      'shell.openExternal:http://127.0.0.1:9000/oauth/authorize?x=1',
    ]);
  });

  it.each([
    'https://login.attacker.example/oauth/authorize',
    'http://login.mypurecloud.de/oauth/authorize',
    'file:///etc/passwd',
    'javascript:alert(1)',
    'http://127.0.0.1:9001/oauth/authorize',
  ])('refuses %s with a reason, opening nothing', async (url) => {
    await expect(openAllowedExternal(url, 'http://127.0.0.1:9000')).rejects.toThrow(/opens only Genesys/);
    expect(opened()).toEqual([]);
  });
});
