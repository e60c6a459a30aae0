// Finds the Electron binary for `npm start` the way the electron package documents it: the unpacked Electron
// named by ELECTRON_OVERRIDE_DIST_PATH, else the binary `npx install-electron` put in node_modules/electron/dist
// (since Electron 42 nothing downloads it at install time), running that install when it is missing.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The oldest Node the electron package runs its installer on (its package.json `engines`). */
export const ELECTRON_NODE = '22.12.0';

/** Whether a Node version (process.version) can run the electron package's installer. */
export function nodeRunsElectronInstaller(version) {
  const [major = 0, minor = 0] = version.replace(/^v/, '').split('.').map(Number);
  const [needMajor, needMinor] = ELECTRON_NODE.split('.').map(Number);
  return major > needMajor || (major === needMajor && minor >= needMinor);
}

/** The executable's path inside an Electron folder, per OS (what the installer writes to path.txt). */
export function executableName(platform) {
  if (platform === 'darwin') return 'Electron.app/Contents/MacOS/Electron';
  return platform === 'win32' ? 'electron.exe' : 'electron';
}

const named = (electronDir, platform) => {
  const pathFile = join(electronDir, 'path.txt');
  return existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : executableName(platform);
};

/**
 * The Electron binary to run, or why there is none. `install` runs the package's documented installer
 * (`npx install-electron`) and answers its exit status; it is called only when it can help.
 */
export function findElectron({ electronDir, env, platform, nodeVersion, install }) {
  const override = env.ELECTRON_OVERRIDE_DIST_PATH;
  if (override) {
    const binary = join(override, named(electronDir, platform));
    return existsSync(binary)
      ? { ok: true, binary }
      : {
          ok: false,
          reason: `ELECTRON_OVERRIDE_DIST_PATH is ${override}, which holds no ${named(electronDir, platform)}.`,
        };
  }
  const installed = () => {
    const binary = join(electronDir, 'dist', named(electronDir, platform));
    return existsSync(join(electronDir, 'path.txt')) && existsSync(binary) ? binary : undefined;
  };
  const ready = installed();
  if (ready) return { ok: true, binary: ready };
  if (!nodeRunsElectronInstaller(nodeVersion))
    return {
      ok: false,
      reason: `the electron package needs Node ${ELECTRON_NODE} or later to install its binary (this is Node ${nodeVersion}); use a newer Node for \`npm start\`, or point ELECTRON_OVERRIDE_DIST_PATH at an unpacked Electron.`,
    };
  const status = install();
  const binary = installed();
  if (status === 0 && binary) return { ok: true, binary };
  return {
    ok: false,
    reason: `\`npx install-electron\` could not fetch the Electron binary (exit ${status}; it downloads from GitHub); point ELECTRON_OVERRIDE_DIST_PATH at an unpacked Electron to use one you have.`,
  };
}
