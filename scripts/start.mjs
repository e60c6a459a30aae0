// `npm start`: the Electron app where the Electron binary is installed; elsewhere (as on machines that
// cannot download it) it says so and serves the same app in the browser with `softdial web`.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** The installed Electron binary, without triggering electron's download-on-require. */
function electronBinary() {
  const folder = dirname(createRequire(import.meta.url).resolve('electron/package.json'));
  const pathFile = join(folder, 'path.txt');
  if (!existsSync(pathFile)) return undefined;
  const binary = join(folder, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : undefined;
}

const run = (command, args) => spawn(command, args, { stdio: 'inherit' }).on('exit', (code) => process.exit(code ?? 0));
const electron = electronBinary();
if (electron) {
  run(electron, ['.']);
} else {
  console.error('softdial: the Electron binary is not installed here (it cannot be downloaded on this machine);');
  console.error('softdial: serving the same app in your browser instead (softdial web):');
  run(process.execPath, ['bin/softdial.js', 'web', ...process.argv.slice(2)]);
}
