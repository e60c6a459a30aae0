import { describe, expect, it } from 'vitest';
import { DEMO } from '../../electron/core/emulator/demo-org.js';
import { runSoftdial } from '../helpers/run-softdial.js';
import { clientCredentialsEnv, startHarness } from '../helpers/sandbox.js';

const CALLS = `/api/v2/conversations/calls/user/${DEMO.agentUserId}`;

describe('the dial guard between the window and the CLI', () => {
  it('a CLI dial of the number the window just dialled reports that call, in JSON and in text, and places none', async () => {
    const harness = await startHarness({ realTime: true });
    try {
      const env = clientCredentialsEnv(harness.emulator, harness.dataDir);
      // Each CLI run starts a process: on a loaded machine that can take longer than the default guard.
      await harness.core.updateSettings({ dialGuardSeconds: 60 });
      const fromWindow = await harness.core.dial({ text: '+442079460777', source: 'contact', confirmed: true });
      if (!fromWindow.ok) throw new Error(fromWindow.error.detail);
      const json = await runSoftdial(['dial', '--json', '+44 20 7946 0777'], { env });
      expect(json.code).toBe(0);
      expect(JSON.parse(json.stdout)).toMatchObject({
        ok: true,
        conversationId: fromWindow.value.conversationId,
        shared: true,
      });
      const text = await runSoftdial(['dial', '020 7946 0777'], { env });
      expect(text.code).toBe(0);
      expect(text.stdout).toMatch(/^Already calling \+44 20 7946 0777 \(placed a moment ago\)/);
      expect(harness.emulator.received('POST', CALLS)).toHaveLength(1);
    } finally {
      await harness.close();
    }
  });

  it('a dial another process is placing is waited for and shared, not placed again', async () => {
    const harness = await startHarness({ realTime: true });
    try {
      const env = clientCredentialsEnv(harness.emulator, harness.dataDir);
      const [fromWindow, fromCli] = await Promise.all([
        harness.core.dial({ text: '+442079460778', source: 'contact', confirmed: true }),
        runSoftdial(['dial', '--json', '+442079460778'], { env }),
      ]);
      expect(fromWindow.ok).toBe(true);
      expect(fromCli.code).toBe(0);
      const cli = JSON.parse(fromCli.stdout) as { conversationId: string; shared?: boolean };
      expect(fromWindow.ok && fromWindow.value.conversationId).toBe(cli.conversationId);
      expect(fromWindow.ok && fromWindow.value.shared).not.toBe(cli.shared ?? false);
      expect(harness.emulator.received('POST', CALLS)).toHaveLength(1);
    } finally {
      await harness.close();
    }
  });
});
