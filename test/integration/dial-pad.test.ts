import { afterEach, describe, expect, it } from 'vitest';
import { DEMO } from '../../electron/core/emulator/demo-org.js';
import { createHandlers } from '../../electron/core/service/handlers.js';
import { createSoftdialApi } from '../../electron/ipc/client.js';
import { electronTransport } from '../../electron/ipc/electron-transport.js';
import { registerContract, windowPushes } from '../../electron/main/ipc.js';
import { DialPad } from '../../renderer/src/lib/dial-pad.svelte.js';
import { MemoryIpc } from '../helpers/memory-ipc.js';
import { startHarness } from '../helpers/sandbox.js';
import type { Harness } from '../helpers/sandbox.js';

// The window's dial box, driven against the real core and emulator over the contract (Electron IPC in memory).

let harness: Harness | undefined;
afterEach(async () => {
  harness?.core.contacts.stop();
  await harness?.close();
  harness = undefined;
});

async function padOnCore(): Promise<{ pad: DialPad; h: Harness; calls: () => number }> {
  const h = await startHarness();
  harness = h;
  const ipc = new MemoryIpc();
  const pushes = windowPushes(ipc.send);
  registerContract(
    ipc.main,
    createHandlers(h.core, pushes, () => pushes.markReady()),
    () => true,
  );
  const api = createSoftdialApi(electronTransport(ipc.renderer({ webContentsId: 1, frameUrl: 'app://softdial/' })));
  await api.ready();
  const calls = () => h.emulator.received('POST', `/api/v2/conversations/calls/user/${DEMO.agentUserId}`).length;
  return { pad: new DialPad(api), h, calls };
}

describe('the dial box', () => {
  it('places one call for two quick presses, then follows it to its end and offers redial', async () => {
    const { pad, calls } = await padOnCore();
    pad.type('+44 20 7946 0958', 16);
    expect(pad.reading).toMatchObject({ ok: true, e164: '+442079460958' });
    await Promise.all([pad.dial(), pad.dial()]);
    expect(calls()).toBe(1);
    expect(pad.inCall).toBe(true);
    expect(pad.text).toBe('');
    expect(pad.dialled[0]).toMatchObject({ outcome: 'placed', number: { e164: '+442079460958' } });
    await pad.hangUp();
    await expect.poll(() => pad.ended?.number.e164).toBe('+442079460958');
    expect(pad.inCall).toBe(false);
    expect(pad.dialled[0]?.outcome).toBe('ended');
  });

  it('brings an uncertain reading back for confirmation instead of dialling it', async () => {
    const { pad, calls } = await padOnCore();
    pad.setText('Office +44 20 7946 0958, mobile +44 7400 123456');
    await pad.dial();
    expect(calls()).toBe(0);
    expect(pad.confirming?.reading.e164).toBe('+442079460958');
    await pad.confirm();
    expect(calls()).toBe(1);
    expect(pad.confirming).toBeNull();
  });

  it('shows a refusal in words, keeps the number in the box, and Esc clears the refusal before the box', async () => {
    const { pad, calls } = await padOnCore();
    pad.setText('12');
    await pad.dial();
    expect(calls()).toBe(0);
    expect(pad.failure?.title).toBeTruthy();
    expect(pad.text).toBe('12');
    pad.escape();
    expect([pad.failure, pad.text]).toEqual([null, '12']);
    pad.escape();
    expect(pad.text).toBe('');
  });
});
