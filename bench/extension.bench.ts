import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { findPhoneNumbersInText } from 'libphonenumber-js/max';
import { findOnPage } from '../extension/src/page/find-on-page.js';
import { interleave, report, timeOnce } from './measure.js';

const CONTENT_SCRIPT = fileURLToPath(new URL('../extension/chromium/content.js', import.meta.url));
const ROWS = 5000;
const ROUNDS = 7;

/** The cells of a 5,000-row CRM table, half of them holding a number, the way the walker meets them. */
const cells = (withNumbers: boolean): string[] =>
  Array.from({ length: ROWS }, (_, row) =>
    withNumbers && row % 2 === 0
      ? `020 7946 0${String(row % 1000).padStart(3, '0')}`
      : `Order ${100000 + row} · 27.11.2026`,
  ).flatMap((cell, row) => [`Customer ${row}`, cell]);

/**
 * The extension's reading cost: the page finder over every text node of a 5,000-row table against
 * libphonenumber-js's findPhoneNumbersInText over the same text (target: within 2×), the longest single
 * node, and a page with no number against the same page with numbers. The DOM side (walking, placing
 * controls) is not timed here; the e2e proves it marks the table.
 */
export async function extensionBenchmarks(): Promise<void> {
  const numbered = cells(true);
  const joined = numbered.join('\n');
  const ours = (texts: string[]) => async () => timeOnce(() => texts.forEach((text) => findOnPage(text, 'GB')));
  const theirs = async () => timeOnce(() => findPhoneNumbersInText(joined, { defaultCountry: 'GB' }));
  const table = await interleave(ROUNDS, theirs, ours(numbered));
  report(
    'extension: read a 5,000-row table',
    `${table.ratio.toFixed(2)}× findPhoneNumbersInText`,
    `target ≤ 2×; ${table.subject.toFixed(1)} ms vs ${table.baseline.toFixed(1)} ms`,
  );
  const longest = Math.max(...numbered.map((text) => timeOnce(() => findOnPage(text, 'GB'))));
  report(
    'extension: longest single text node',
    `${longest.toFixed(2)} ms`,
    'target ≤ 50 ms per task (slices are 8 ms)',
  );
  const quiet = await interleave(ROUNDS, ours(numbered), ours(cells(false)));
  report(
    'extension: page with no number',
    `${quiet.ratio.toFixed(2)}× the same page with numbers`,
    `${quiet.subject.toFixed(1)} ms`,
  );
  if (existsSync(CONTENT_SCRIPT)) {
    const size = gzipSync(readFileSync(CONTENT_SCRIPT)).length;
    report(
      'extension: content script gzipped',
      `${(size / 1024).toFixed(1)} KB`,
      'target < 120 KB (reader and metadata included)',
    );
  }
}
