// `npm start`: the Electron app, with the Electron binary obtained the way the electron package documents
// (ELECTRON_OVERRIDE_DIST_PATH, or `npx install-electron`); only when that fails it says why and serves the
// same app in the browser with `softdial web`.
import { spawn, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { findElectron } from './electron-binary.mjs';

const electronDir = dirname(createRequire(import.meta.url).resolve('electron/package.json'));
/** Runs the app in the foreground; a stop signal for `npm start` stops it too. */
const run = (command, args) => {
  const child = spawn(command, args, { stdio: 'inherit' });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
};

const found = findElectron({
  electronDir,
  env: process.env,
  platform: process.platform,
  nodeVersion: process.version,
  install: () => {
    console.error('softdial: fetching the Electron binary (npx install-electron)…');
    return spawnSync(process.execPath, [join(electronDir, 'install.js')], { stdio: 'inherit' }).status;
  },
});
if (found.ok) {
  run(found.binary, ['.', ...process.argv.slice(2)]);
} else {
  console.error(`softdial: Electron cannot start here: ${found.reason}`);
  console.error('softdial: serving the same app in your browser instead (softdial web):');
  run(process.execPath, ['bin/softdial.js', 'web', ...process.argv.slice(2)]);
}
