import { mkdirSync, writeFileSync } from 'node:fs';

/** The figures the proof prints at the end of every `npm test`. */
export interface Figures {
  casesTried: number;
  faultsSurvived: number;
  crashes: number;
  leaks: number;
  corruptFiles: number;
  duplicateCalls: number;
  /** Calls placed to a number the agent neither typed, saw nor chose (or to an emergency number). */
  wrongCalls: number;
}

/** One row of the fault matrix: what was done to softdial, what it answered, what the emulator saw. */
export interface FaultRow {
  fault: string;
  outcome: string;
  posts: number;
  callsPlaced: number;
  explanation: string;
}

/** Totals per area of the proof (faults, hostile input, canaries, crash safety, dial guard). */
export const figures = new Map<string, Figures>();
/** The fault matrix, in the order it was run. */
export const faultRows: FaultRow[] = [];

/** Adds figures to an area's totals. */
export function tally(area: string, add: Partial<Figures>): void {
  const current = figures.get(area) ?? {
    casesTried: 0,
    faultsSurvived: 0,
    crashes: 0,
    leaks: 0,
    corruptFiles: 0,
    duplicateCalls: 0,
    wrongCalls: 0,
  };
  for (const [key, value] of Object.entries(add) as [keyof Figures, number][]) current[key] += value;
  figures.set(area, current);
}

const table = (header: string[], rows: string[][]): string => {
  const widths = header.map((title, index) => Math.max(title.length, ...rows.map((row) => (row[index] ?? '').length)));
  const line = (cells: string[]) => `| ${cells.map((cell, index) => cell.padEnd(widths[index] ?? 0)).join(' | ')} |`;
  return [line(header), `|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`, ...rows.map(line)].join('\n');
};

/** The fault matrix and the summary as Markdown tables (the README quotes them). */
export function report(): string {
  const columns: (keyof Figures)[] = [
    'casesTried',
    'faultsSurvived',
    'crashes',
    'leaks',
    'corruptFiles',
    'duplicateCalls',
    'wrongCalls',
  ];
  const rows = [...figures.entries()].map(([area, counts]) => [
    area,
    ...columns.map((column) => String(counts[column])),
  ]);
  const total = columns.map((column) => String([...figures.values()].reduce((sum, counts) => sum + counts[column], 0)));
  return [
    'Fault matrix (through the emulator over real HTTP):',
    table(
      ['fault', 'outcome', 'POSTs seen', 'calls placed', 'explanation shown'],
      faultRows.map((row) => [row.fault, row.outcome, String(row.posts), String(row.callsPlaced), row.explanation]),
    ),
    '',
    'Summary:',
    table(
      ['area', 'cases tried', 'faults survived', 'crashes', 'leaks', 'corrupt files', 'duplicate calls', 'wrong calls'],
      [...rows, ['total', ...total]],
    ),
  ].join('\n');
}

/** Prints the report and keeps it in test-results/ for `npm test`'s last lines. */
export function publish(): void {
  const text = report();
  mkdirSync('test-results', { recursive: true });
  writeFileSync('test-results/proof.txt', `${text}\n`);
  process.stdout.write(`\n${text}\n`);
}
