import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdir, open, rename, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { NATIVE_HOST_NAME } from '../../shared/extension-identity.js';
import { writeJsonFileAtomic } from '../files/json-file.js';
import { WINDOWS_REGISTRY_KEYS, hostManifest, manifestFile } from './host-manifest.js';
import type { HostBrowser } from './host-manifest.js';

/** Where and for whom the host is installed. */
export interface HostInstall {
  browser: HostBrowser;
  dataDir: string;
  /** The program and arguments that run softdial (the app's executable, or node and bin/softdial.js). */
  command: readonly string[];
  userDataDir?: string;
  platform?: NodeJS.Platform;
  home?: string;
  /** Runs `reg.exe` with arguments (no shell); injected so other platforms' tests never call it. */
  registry?: (args: string[]) => Promise<void>;
}

/** The real `reg.exe`, run without a shell. */
const runRegistry = async (args: string[]): Promise<void> => {
  await promisify(execFile)('reg', args, { windowsHide: true });
};

/** Quotes a word for a POSIX shell: nothing inside single quotes is interpreted. */
const shellWord = (word: string): string => `'${word.replace(/'/g, `'\\''`)}'`;

/** Quotes a word for cmd.exe; a path with a quote or a percent sign is refused rather than escaped. */
function cmdWord(word: string): string {
  if (/["%\r\n]/.test(word)) throw new Error(`The path ${word} holds a quote or a % sign: install softdial elsewhere.`);
  return `"${word}"`;
}

/**
 * The launcher the manifest points at: browsers start the host with the extension's origin as the only
 * argument, so a fixed script adds `native-host` and the data folder this install was made for. It
 * interpolates nothing it receives.
 */
export function launcherScript(command: readonly string[], dataDir: string, platform: NodeJS.Platform): string {
  if (platform === 'win32')
    return `@echo off\r\nset ${cmdWord(`SOFTDIAL_DATA_DIR=${dataDir}`)}\r\n${command.map(cmdWord).join(' ')} native-host %*\r\n`;
  return `#!/bin/sh\nSOFTDIAL_DATA_DIR=${shellWord(dataDir)} exec ${command.map(shellWord).join(' ')} native-host "$@"\n`;
}

/** The launcher's file, in the data folder. */
export const launcherFile = (dataDir: string, platform: NodeJS.Platform): string =>
  join(dataDir, 'native-host', platform === 'win32' ? 'softdial-native-host.cmd' : 'softdial-native-host');

/** Writes an executable text file atomically (temporary file, flushed, renamed). */
async function writeExecutableAtomic(file: string, text: string): Promise<void> {
  await mkdir(dirname(file), { recursive: true, mode: 0o700 });
  const temporary = join(dirname(file), `.${basename(file)}.${randomBytes(6).toString('hex')}.tmp`);
  const handle = await open(temporary, 'wx', 0o700);
  try {
    await handle.writeFile(text, 'utf8');
    await handle.sync();
  } finally {
    await handle.close();
  }
  await rename(temporary, file).catch(async (error: unknown) => {
    await unlink(temporary).catch(() => undefined);
    throw error;
  });
}

/** Writes the launcher and the browser's host manifest (and on Windows the registry value); returns the manifest's path. */
export async function installHost(install: HostInstall): Promise<string> {
  const platform = install.platform ?? process.platform;
  const launcher = launcherFile(install.dataDir, platform);
  await writeExecutableAtomic(launcher, launcherScript(install.command, install.dataDir, platform));
  const file = manifestFile(install.browser, { ...install, platform });
  await writeJsonFileAtomic(file, hostManifest(install.browser, launcher));
  if (platform === 'win32' && !install.userDataDir)
    await (install.registry ?? runRegistry)([
      'add',
      `HKCU\\${WINDOWS_REGISTRY_KEYS[install.browser]}\\${NATIVE_HOST_NAME}`,
      '/ve',
      '/t',
      'REG_SZ',
      '/d',
      file,
      '/f',
    ]);
  return file;
}

/** Removes the browser's host manifest (and its registry value); true when there was one to remove. */
export async function uninstallHost(install: Omit<HostInstall, 'command'>): Promise<boolean> {
  const platform = install.platform ?? process.platform;
  const file = manifestFile(install.browser, { ...install, platform });
  const removed = await unlink(file).then(
    () => true,
    (error: unknown) => {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
      throw error;
    },
  );
  if (platform === 'win32' && !install.userDataDir)
    await (install.registry ?? runRegistry)([
      'delete',
      `HKCU\\${WINDOWS_REGISTRY_KEYS[install.browser]}\\${NATIVE_HOST_NAME}`,
      '/f',
    ]).catch(() => undefined);
  return removed;
}
