// `npm run mutate -- <folder or file>`: mutation testing of one part of the source with Stryker and its
// vitest runner, outside `npm test`. One folder (or file) per run; each keeps its own incremental file
// under test-results/mutation/, so a second run re-tests only the mutants whose code or tests changed.
// Prints the score and every surviving mutant, so the tests that let a mistake through can be written.
import { mkdirSync } from 'node:fs';
import { Stryker } from '@stryker-mutator/core';

const target = process.argv[2]?.replace(/\/$/, '');
if (!target || !target.startsWith('electron/')) {
  console.error('Usage: npm run mutate -- electron/core/dialing   (a folder or a .ts file under electron/)');
  process.exit(2);
}
const name = target.replace(/[/.]/g, '_');
mkdirSync('test-results/mutation', { recursive: true });

const stryker = new Stryker({
  testRunner: 'vitest',
  plugins: ['@stryker-mutator/vitest-runner'],
  vitest: { configFile: 'test/mutation/vitest.config.ts', related: true, pool: 'forks' },
  mutate: [target.endsWith('.ts') ? target : `${target}/**/*.ts`],
  coverageAnalysis: 'perTest',
  incremental: true,
  incrementalFile: `test-results/mutation/${name}.incremental.json`,
  concurrency: Number(process.env.STRYKER_CONCURRENCY ?? 1),
  timeoutMS: 20_000,
  reporters: ['progress', 'clear-text', 'json'],
  jsonReporter: { fileName: `test-results/mutation/${name}.json` },
  tempDirName: `.stryker-tmp/${name}`,
  // dist/ is copied: the web tests serve the built renderer from it.
  ignorePatterns: ['test-results', '.stryker-tmp'],
  cleanTempDir: 'always',
});
const results = await stryker.runMutationTest();
const counted = results.filter((result) => result.status !== 'Ignored' && result.status !== 'CompileError');
const killed = counted.filter((result) => result.status === 'Killed' || result.status === 'Timeout').length;
const score = counted.length === 0 ? 100 : (100 * killed) / counted.length;
console.log(`softdial mutate ${target}: ${killed} of ${counted.length} mutants killed (${score.toFixed(1)}%).`);
