// Installs npm dependencies when they are missing or older than package-lock.json, so a fresh clone's
// `npm start` and `npm test` work as the README says.
import { execFileSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const lock = join(root, 'package-lock.json');
const installed = join(root, 'node_modules', '.package-lock.json');
const stale = !existsSync(installed) || statSync(installed).mtimeMs < statSync(lock).mtimeMs;

if (process.platform === 'linux')
  execFileSync('bash', [join(root, 'scripts', 'ensure-system.sh')], { stdio: 'inherit' });
if (stale) {
  console.error('softdial: installing npm dependencies (npm ci)');
  execFileSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: root, stdio: 'inherit' });
}
