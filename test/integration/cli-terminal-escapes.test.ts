import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runSoftdial } from '../helpers/run-softdial.js';
import { temporaryDirectory } from '../helpers/sandbox.js';

/** A name that would recolour the terminal (ESC), clear it (C1 CSI) and reverse the text that follows (RLO). */
const EVIL = 'Eve\u001b[31mRed\u009b2J\u202eReversed';
const RAW_CONTROLS = /[\u001b\u009b\u202e]/;

describe('terminal escapes in imported names', () => {
  it('are printed as their escapes by contacts import, in text and in JSON (which still reads back the name)', async () => {
    const dir = await temporaryDirectory();
    try {
      const file = join(dir.path, 'evil.csv');
      await writeFile(file, `name,phone\n${EVIL},+442079460958\n`);
      const env = { SOFTDIAL_DATA_DIR: join(dir.path, 'data'), SOFTDIAL_POLICY_FILE: join(dir.path, 'none.json') };
      const text = await runSoftdial(['contacts', 'import', '--dry-run', file], { env });
      expect(text.code).toBe(0);
      expect(text.stdout).not.toMatch(RAW_CONTROLS);
      expect(text.stdout).toContain('Eve\\u001b[31mRed');
      const json = await runSoftdial(['contacts', 'import', '--dry-run', '--json', file], { env });
      expect(json.stdout).not.toMatch(RAW_CONTROLS);
      const report = JSON.parse(json.stdout) as { imported: { name: string }[] };
      expect(report.imported[0]?.name).toBe(EVIL);
    } finally {
      await dir.remove();
    }
  });
});
