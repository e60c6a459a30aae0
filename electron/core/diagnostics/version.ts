import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** softdial's version from its package.json (found above this module in the source tree and in dist/). */
export function softdialVersion(): string {
  for (let folder = dirname(fileURLToPath(import.meta.url)); folder !== dirname(folder); folder = dirname(folder)) {
    try {
      const manifest = JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8')) as {
        name?: string;
        version?: string;
      };
      if (manifest.name === 'softdial' && manifest.version) return manifest.version;
    } catch {
      // No package.json here: look one folder up.
    }
  }
  return 'unknown';
}
