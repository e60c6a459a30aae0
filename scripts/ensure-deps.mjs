// Installs npm dependencies when they are missing or older than package-lock.json, so a fresh clone's
// `npm start` and `npm test` work as the README says.
import { execFileSync } from 'node:child_process';
import { existsSync, lstatSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const lock = join(root, 'package-lock.json');
const installed = join(root, 'node_modules', '.package-lock.json');
const stale = !existsSync(installed) || statSync(installed).mtimeMs < statSync(lock).mtimeMs;

if (process.platform === 'linux')
  execFileSync('bash', [join(root, 'scripts', 'ensure-system.sh')], { stdio: 'inherit' });
// A node_modules that is a link is an install shared with other checkouts: `npm ci` would empty it for all.
const shared = existsSync(join(root, 'node_modules')) && lstatSync(join(root, 'node_modules')).isSymbolicLink();
if (stale && shared)
  console.error('softdial: node_modules is a shared link; not reinstalling it (run npm ci where it lives).');
else if (stale) {
  console.error('softdial: installing npm dependencies (npm ci)');
  execFileSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: root, stdio: 'inherit' });
}
