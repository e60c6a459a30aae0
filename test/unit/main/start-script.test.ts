import { mkdirSync, writeFileSync } from 'node:fs';
import { chmod, mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findElectron, nodeRunsElectronInstaller } from '../../../scripts/electron-binary.mjs';

/** A folder shaped like node_modules/electron, with or without an installed binary. */
async function electronFolder(installed: boolean): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'softdial-electron-'));
  if (installed) await install(dir);
  return dir;
}

async function install(dir: string): Promise<void> {
  await mkdir(join(dir, 'dist'), { recursive: true });
  await writeFile(join(dir, 'path.txt'), 'electron');
  await writeFile(join(dir, 'dist', 'electron'), '#!/bin/sh\n');
  await chmod(join(dir, 'dist', 'electron'), 0o755);
}

const base = { env: {}, platform: 'linux' as const, nodeVersion: 'v22.12.0' };

describe('npm start finds Electron the documented way', () => {
  it('knows the electron package needs Node 22.12 or later', () => {
    expect(['v20.18.0', 'v22.11.9', 'v22.12.0', 'v24.1.0'].map(nodeRunsElectronInstaller)).toEqual([
      false,
      false,
      true,
      true,
    ]);
  });

  it('runs an installed binary without installing again, whatever the Node', async () => {
    const electronDir = await electronFolder(true);
    const installs: string[] = [];
    const found = findElectron({
      ...base,
      nodeVersion: 'v20.18.0',
      electronDir,
      install: () => installs.push('install'),
    });
    expect(found).toEqual({ ok: true, binary: join(electronDir, 'dist', 'electron') });
    expect(installs).toEqual([]);
  });

  it('runs `npx install-electron` when the binary is missing, then uses what it installed', async () => {
    const electronDir = await electronFolder(false);
    let ran = 0;
    const found = findElectron({
      ...base,
      electronDir,
      install: () => {
        ran++;
        mkdirSync(join(electronDir, 'dist'));
        writeFileSync(join(electronDir, 'path.txt'), 'electron');
        writeFileSync(join(electronDir, 'dist', 'electron'), '');
        return 0;
      },
    });
    expect(ran).toBe(1);
    expect(found).toEqual({ ok: true, binary: join(electronDir, 'dist', 'electron') });
  });

  it('says why when the install fails, and that it downloads from GitHub', async () => {
    const electronDir = await electronFolder(false);
    const found = findElectron({ ...base, electronDir, install: () => 1 });
    expect(found).toEqual({ ok: false, reason: expect.stringMatching(/install-electron.*exit 1.*GitHub/) });
  });

  it('does not try to install under a Node the installer refuses, and says which Node it needs', async () => {
    const electronDir = await electronFolder(false);
    let ran = 0;
    const found = findElectron({ ...base, nodeVersion: 'v20.19.0', electronDir, install: () => ++ran });
    expect(ran).toBe(0);
    expect(found).toEqual({ ok: false, reason: expect.stringContaining('Node 22.12.0 or later') });
  });

  it('honours ELECTRON_OVERRIDE_DIST_PATH and never installs then', async () => {
    const electronDir = await electronFolder(false);
    const override = await electronFolder(false);
    await writeFile(join(override, 'electron'), '');
    let ran = 0;
    const env = { ELECTRON_OVERRIDE_DIST_PATH: override };
    expect(findElectron({ ...base, env, electronDir, install: () => ++ran })).toEqual({
      ok: true,
      binary: join(override, 'electron'),
    });
    const empty = await electronFolder(false);
    expect(
      findElectron({ ...base, env: { ELECTRON_OVERRIDE_DIST_PATH: empty }, electronDir, install: () => ++ran }),
    ).toEqual({ ok: false, reason: expect.stringContaining('holds no electron') });
    expect(ran).toBe(0);
  });
});
