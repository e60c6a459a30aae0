import { contactsBenchmarks } from './contacts.bench.js';
import { dialBenchmarks } from './dial.bench.js';
import { extensionBenchmarks } from './extension.bench.js';
import { hardeningBenchmarks } from './hardening.bench.js';
import { notificationBenchmarks } from './notifications.bench.js';
import { phoneBenchmarks } from './phone.bench.js';
import { realPagesBenchmarks } from './real-pages.bench.js';
import { windowBenchmarks } from './window.bench.js';

/** `npm run bench`: every benchmark the issues ask for, each as a ratio against a baseline of the same run. */
async function main(): Promise<void> {
  console.log(`softdial benchmarks (node ${process.version}); ratios compare figures measured in this run`);
  await phoneBenchmarks();
  realPagesBenchmarks();
  await extensionBenchmarks();
  await dialBenchmarks();
  await contactsBenchmarks();
  await notificationBenchmarks();
  await windowBenchmarks();
  await hardeningBenchmarks();
}

await main();
