import { performance } from 'node:perf_hooks';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/** Median of a list of numbers; the figure least moved by a noisy neighbour on a shared machine. */
export function median(values: number[]): number {
  return percentile(values, 50);
}

/** The p-th percentile (nearest rank) of a list of numbers. */
export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank] ?? Number.NaN;
}

/** Milliseconds one synchronous run of `work` takes. */
export function timeOnce(work: () => void): number {
  const start = performance.now();
  work();
  return performance.now() - start;
}

/** Milliseconds one asynchronous run of `work` takes. */
export async function timeOnceAsync(work: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await work();
  return performance.now() - start;
}

/**
 * Runs baseline and subject alternately `rounds` times and returns both medians, so that load on the
 * shared machine falls on both sides of the ratio alike, and the median of each round's own ratio, which a
 * burst of load during a few rounds moves least.
 */
export async function interleave(
  rounds: number,
  baseline: () => Promise<number>,
  subject: () => Promise<number>,
): Promise<{ baseline: number; subject: number; ratio: number }> {
  const base: number[] = [];
  const ours: number[] = [];
  for (let round = 0; round < rounds; round++) {
    base.push(await baseline());
    ours.push(await subject());
  }
  return {
    baseline: median(base),
    subject: median(ours),
    ratio: median(ours.map((time, round) => time / (base[round] ?? Number.NaN))),
  };
}

/** Prints one benchmark figure as the ratio the issue asks for, with its target and raw times. */
export function report(name: string, figure: string, detail: string): void {
  console.log(`${name.padEnd(44)} ${figure.padEnd(28)} ${detail}`);
}

/**
 * Runs a full garbage collection now. Benchmarks call it before each timed run, so that no run pays for
 * collecting what an earlier one left behind (an import leaves 100,000 contacts to collect).
 */
export function collectGarbage(): void {
  setFlagsFromString('--expose-gc');
  (runInNewContext('gc') as () => void)();
}
