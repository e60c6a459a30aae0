#!/usr/bin/env node
// The installed `softdial` command: runs the compiled CLI, or says how to build it.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const entry = new URL('../dist/electron/core/cli/main.js', import.meta.url);
if (!existsSync(fileURLToPath(entry))) {
  process.stderr.write('softdial: the CLI is not built yet. Run `npm run build` in the softdial folder first.\n');
  process.exit(2);
}
const { main } = await import(entry.href);
await main();
