import { readdir } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { saveDiagnostics } from '../../electron/core/diagnostics/bundle.js';
import { startHarness } from '../helpers/sandbox.js';

describe('Save diagnostics', () => {
  it('saved 100 times at once, in the same millisecond, leaves 100 files', async () => {
    const harness = await startHarness();
    try {
      const now = new Date();
      const files = await Promise.all(Array.from({ length: 100 }, () => saveDiagnostics(harness.core, now)));
      expect(new Set(files).size).toBe(100);
      const saved = (await readdir(harness.dataDir)).filter((name) => name.startsWith('diagnostics-'));
      expect(saved).toHaveLength(100);
    } finally {
      await harness.close();
    }
  });
});
