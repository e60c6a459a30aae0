import { describe, expect, it } from 'vitest';
import { createSoftdialApi } from '../../electron/ipc/client.js';
import { MAX_MESSAGE_BYTES } from '../../electron/ipc/web-socket-protocol.js';
import { startWebApp, webSocketTo } from '../helpers/web-app.js';

describe('an import too large for the browser connection', () => {
  it('is answered with its error, and the connection stays up for the next call', async () => {
    const app = await startWebApp();
    try {
      const api = createSoftdialApi(webSocketTo(app.server));
      const csv = `name,phone\n${'Ada Lovelace,+442079460958\n'.repeat(Math.ceil(MAX_MESSAGE_BYTES / 20))}`;
      const answer = await api.importContacts({
        fileName: 'big.csv',
        data: Buffer.from(csv).toString('base64'),
        dryRun: true,
      });
      expect(answer.ok).toBe(false);
      if (!answer.ok) {
        expect(answer.error.code).toBe('invalid_input');
        expect(answer.error.detail).toMatch(/softdial contacts import FILE/);
      }
      const small = await api.importContacts({
        fileName: 'small.csv',
        data: Buffer.from('name,phone\nAda,+442079460958\n').toString('base64'),
        dryRun: true,
      });
      expect(small.ok).toBe(true);
    } finally {
      await app.close();
    }
  });
});
