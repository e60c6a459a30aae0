import { findPhoneNumbersInText } from 'libphonenumber-js/max';
import { NumberScanner } from '../electron/core/phone/number-scanner.js';
import type { ScannedNumber } from '../electron/core/phone/number-scanner.js';
import { crmPage } from './crm-page.js';
import type { CrmPage } from './crm-page.js';
import { collectGarbage, interleave, report, timeOnce } from './measure.js';

const MEGABYTE = 1_000_000;
/** A page scanner reads a page as the DOM gives it: in chunks of this size. */
const CHUNK = 64 * 1024;
const COUNTRY = 'GB';

/**
 * Feeds `text` to softdial's scanner in chunks, as a page scanner would, handing each number to `each`
 * (the timed runs only count them: a page scanner marks and drops each, it keeps no list of 50,000).
 */
function scanInChunks(text: string, each: (found: ScannedNumber) => void): void {
  const scanner = new NumberScanner({ defaultCountry: COUNTRY });
  for (let at = 0; at < text.length; at += CHUNK) scanner.push(text.slice(at, at + CHUNK)).forEach(each);
  scanner.end().forEach(each);
}

/** The numbers softdial's scanner finds in `text`, as E.164. */
function scannedNumbers(text: string): string[] {
  const numbers: string[] = [];
  scanInChunks(text, (found) => numbers.push(found.e164));
  return numbers;
}

/** How many numbers softdial's scanner finds in `text`, keeping none of them. */
function countScanned(text: string): number {
  let count = 0;
  scanInChunks(text, () => count++);
  return count;
}

/** How many of the page's numbers a finder's list holds in order (skipping the ones it missed), and how many else it offered. */
function rightAndWrong(page: CrmPage, offered: string[]): { right: number; wrong: number } {
  let next = 0;
  let right = 0;
  for (const number of offered) {
    const at = page.numbers.indexOf(number, next);
    if (at === -1) continue;
    right++;
    next = at + 1;
  }
  return { right, wrong: offered.length - right };
}

/** A timed run after a full collection, so no run pays for what an earlier one left behind. */
async function timedAfterCollection(work: () => void): Promise<number> {
  collectGarbage();
  return Promise.resolve(timeOnce(work));
}

/** The long-text finder on a 1 MB CRM page against libphonenumber-js's finder, and 10 MB against 1 MB. */
export async function longTextBenchmarks(): Promise<void> {
  const page = crmPage(MEGABYTE);
  const ours = rightAndWrong(page, scannedNumbers(page.text));
  const theirs = rightAndWrong(
    page,
    findPhoneNumbersInText(page.text, { defaultCountry: COUNTRY }).map((found) => found.number.number),
  );
  const throughput = await interleave(
    5,
    () => timedAfterCollection(() => findPhoneNumbersInText(page.text, { defaultCountry: COUNTRY })),
    () => timedAfterCollection(() => countScanned(page.text)),
  );
  report(
    'long-text finder, 1 MB vs findPhoneNumbersInText',
    `${(1 / throughput.ratio).toFixed(2)}× throughput (target ≥ 1.0)`,
    `softdial ${throughput.subject.toFixed(0)} ms, libphonenumber-js ${throughput.baseline.toFixed(0)} ms; ` +
      `right ${ours.right}/${page.numbers.length} (wrong ${ours.wrong}) vs ${theirs.right}/${page.numbers.length} (wrong ${theirs.wrong})`,
  );
  const large = crmPage(10 * MEGABYTE);
  const scaling = await interleave(
    3,
    () => timedAfterCollection(() => countScanned(page.text)),
    () => timedAfterCollection(() => countScanned(large.text)),
  );
  report(
    'long-text finder, 10 MB vs 1 MB',
    `${scaling.ratio.toFixed(2)}× the time (target ≤ 11×)`,
    `10 MB ${scaling.subject.toFixed(0)} ms, 1 MB ${scaling.baseline.toFixed(0)} ms, median of 3 paired ratios`,
  );
}
