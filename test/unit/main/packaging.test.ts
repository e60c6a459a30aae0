import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);
const { validateConfiguration } = require('app-builder-lib/out/util/config/config') as {
  validateConfiguration: (config: unknown, logger: unknown) => Promise<void>;
};
const { DebugLogger } = require('builder-util') as { DebugLogger: new (enabled?: boolean) => unknown };

const config = async (): Promise<Record<string, unknown>> =>
  JSON.parse(await readFile(new URL('../../../electron-builder.json', import.meta.url), 'utf8')) as Record<
    string,
    unknown
  >;

describe('electron-builder configuration', () => {
  it("passes electron-builder's own schema", async () => {
    await expect(validateConfiguration(await config(), new DebugLogger(false))).resolves.toBeUndefined();
  });

  it('would be refused with a mistake in it, so the check above means something', async () => {
    await expect(
      validateConfiguration({ ...(await config()), protocol: [{ schemes: ['tel'] }] }, new DebugLogger(false)),
    ).rejects.toThrow(/protocol/);
    await expect(
      validateConfiguration({ ...(await config()), nsis: { oneClick: 'sometimes' } }, new DebugLogger(false)),
    ).rejects.toThrow(/oneClick/);
  });

  it('registers tel:, callto: and sip:, keeps keytar out of the asar, and targets NSIS, dmg, AppImage and deb', async () => {
    const value = (await config()) as {
      protocols: { schemes: string[] }[];
      asarUnpack: string[];
      win: { target: string[] };
      mac: { target: string[] };
      linux: { target: string[]; mimeTypes: string[] };
    };
    expect(value.protocols.flatMap((protocol) => protocol.schemes)).toEqual(['tel', 'callto', 'sip']);
    expect(value.linux.mimeTypes).toEqual(['x-scheme-handler/tel', 'x-scheme-handler/callto', 'x-scheme-handler/sip']);
    expect(value.asarUnpack).toContain('node_modules/keytar/**/*');
    expect([value.win.target, value.mac.target, value.linux.target]).toEqual([['nsis'], ['dmg'], ['AppImage', 'deb']]);
  });
});
