// Bundles the preload to CommonJS: a sandboxed preload can require only 'electron', not ES modules.
import { build } from 'esbuild';

await build({
  entryPoints: ['electron/preload/preload.ts'],
  outfile: 'dist/electron/preload/preload.cjs',
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  external: ['electron'],
  logLevel: 'warning',
});
