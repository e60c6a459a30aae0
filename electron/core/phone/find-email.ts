import type { WorkMeter } from './work-meter.js';

/** Characters of an e-mail address's local part or domain (what may sit either side of its '@'). */
const isAddressChar = (char: string | undefined): boolean => char !== undefined && !/[\s@<>"'(),;:]/.test(char);
const isLetter = (char: string | undefined): boolean => char !== undefined && /[a-z]/i.test(char);

/**
 * The end of an address whose '@' is at `at` and whose domain may run to `limit`: just after the letters
 * of its last ".tld" (two letters or more), or undefined when the domain has none.
 */
function addressEnd(text: string, at: number, limit: number): number | undefined {
  for (let dot = limit - 3; dot > at + 1; dot--) {
    if (text[dot] !== '.' || !isLetter(text[dot + 1]) || !isLetter(text[dot + 2])) continue;
    let end = dot + 3;
    while (end < limit && isLetter(text[end])) end++;
    return end;
  }
  return undefined;
}

/**
 * The spans of the e-mail addresses in a text, found in one linear pass: each '@' looks left and right
 * only up to the neighbouring '@', so no character is visited more than twice (a regex here backtracks
 * quadratically on a long run without a dot or an '@').
 */
function emailSpans(text: string, meter: WorkMeter): [number, number][] {
  const spans: [number, number][] = [];
  let done = 0;
  for (let at = text.indexOf('@'); at !== -1; at = text.indexOf('@', at + 1)) {
    let start = at;
    while (start > done && isAddressChar(text[start - 1])) start--;
    let limit = at + 1;
    while (limit < text.length && isAddressChar(text[limit])) limit++;
    meter.steps += limit - start;
    const end = start < at ? addressEnd(text, at, limit) : undefined;
    if (end === undefined) continue;
    spans.push([start, end]);
    done = end;
  }
  return spans;
}

/** The text with every e-mail address blanked out, so its digits are never read as a number. */
export function blankEmails(text: string, meter: WorkMeter): string {
  if (!text.includes('@')) return text;
  let blanked = '';
  let from = 0;
  for (const [start, end] of emailSpans(text, meter)) {
    blanked += text.slice(from, start) + ' '.repeat(end - start);
    from = end;
  }
  return blanked + text.slice(from);
}

/** Whether the whole input is an e-mail address, so the error can say so instead of "no digits". */
export function isEmailAddress(text: string, meter: WorkMeter): boolean {
  if (!text.includes('@')) return false;
  const trimmed = text.trim().replace(/^mailto:/i, '');
  const [first] = emailSpans(trimmed, meter);
  return first !== undefined && first[0] === 0 && first[1] === trimmed.length;
}
