import { performance } from 'node:perf_hooks';

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
 * shared machine falls on both sides of the ratio alike.
 */
export async function interleave(
  rounds: number,
  baseline: () => Promise<number>,
  subject: () => Promise<number>,
): Promise<{ baseline: number; subject: number }> {
  const base: number[] = [];
  const ours: number[] = [];
  for (let round = 0; round < rounds; round++) {
    base.push(await baseline());
    ours.push(await subject());
  }
  return { baseline: median(base), subject: median(ours) };
}

/** Prints one benchmark figure as the ratio the issue asks for, with its target and raw times. */
export function report(name: string, figure: string, detail: string): void {
  console.log(`${name.padEnd(44)} ${figure.padEnd(28)} ${detail}`);
}
