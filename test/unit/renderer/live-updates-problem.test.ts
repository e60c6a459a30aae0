import { describe, expect, it } from 'vitest';
import type { ValueOf } from '../../../electron/ipc/contract.js';
import { explainCode } from '../../../electron/core/explain/catalog.js';
import { problemsOf } from '../../../renderer/src/lib/problems.js';

// Live updates paused by the 20-channel limit reach the agent as a system problem behind the identity
// bar's icon, in words and with what the admin should do.

const status: ValueOf<'status'> = {
  sandbox: false,
  token: { hasToken: true },
  keychain: { kind: 'keychain' },
  defaultCountry: { source: 'none' },
  warnings: [],
  errors: [],
};

describe('system problems', () => {
  it('say when live updates are paused, and why', () => {
    const paused = explainCode('channel_limit', 'Notification channels of this sign-in were removed twice.');
    const problems = problemsOf({ ...status, liveUpdatesPaused: paused }, null);
    expect(problems).toEqual([
      { title: 'Live updates are shared by too many desktops', words: expect.stringContaining('agent sign-in') },
    ]);
    expect(problemsOf(status, null)).toEqual([]);
  });
});
