import { detect } from 'chardet';
import iconv from 'iconv-lite';
import { MAX_IMPORT_BYTES } from '../../../shared/limits.js';
import { fail, ok } from '../../../shared/outcome.js';
import type { Outcome } from '../../../shared/outcome.js';

/** A decoded file and the encoding it was read in. */
export interface DecodedText {
  text: string;
  encoding: string;
}

const SAMPLE = 64 * 1024;
const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/** Whether a sample holds bytes no text file of contacts has (NUL outside UTF-16, or many control bytes). */
function looksBinary(sample: Uint8Array): boolean {
  let controls = 0;
  for (const byte of sample) {
    if (byte === 0) return true;
    if (byte < 8 || (byte > 13 && byte < 32 && byte !== 27)) controls++;
  }
  return controls * 20 > sample.length;
}

/** What a sample holds when read as UTF-16 in one byte order; undefined when it cannot be text. */
function utf16Reading(sample: Uint8Array, littleEndian: boolean): { lineEnds: number; ascii: number } | undefined {
  const units = sample.length >> 1;
  let lineEnds = 0;
  let ascii = 0;
  let controls = 0;
  let highSurrogate = false;
  for (let at = 0; at < units * 2; at += 2) {
    const first = sample[at] ?? 0;
    const second = sample[at + 1] ?? 0;
    const unit = littleEndian ? (second << 8) | first : (first << 8) | second;
    const lowSurrogate = unit >= 0xdc00 && unit <= 0xdfff;
    if (highSurrogate !== lowSurrogate) return undefined;
    highSurrogate = unit >= 0xd800 && unit <= 0xdbff;
    if (unit === 0x0a || unit === 0x0d) lineEnds++;
    else if (unit < 0x20 ? unit !== 0x09 : (unit >= 0x7f && unit < 0xa0) || unit >= 0xfffe) controls++;
    if (unit < 0x7f && (unit >= 0x20 || unit === 0x09 || unit === 0x0a || unit === 0x0d)) ascii++;
  }
  return controls * 100 > units ? undefined : { lineEnds, ascii };
}

/**
 * Whether the file is UTF-16 without a BOM, in whichever script: an even length, and a sample that reads
 * without lone surrogates or control characters, a tenth of it ASCII, with its line ends (or, on one line,
 * mostly ASCII) in that byte order. Text in a one-byte encoding has no NUL bytes, so no UTF-16 line ends.
 */
function utf16WithoutBom(buffer: Buffer, sample: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  if (buffer.length === 0 || buffer.length % 2 !== 0) return undefined;
  const units = sample.length >> 1;
  // Contacts in any script keep their digits, separators and line ends in ASCII.
  const text = (reading: ReturnType<typeof utf16Reading>): number =>
    reading && reading.ascii * 10 >= units && (reading.lineEnds > 0 || reading.ascii * 2 >= units) ? reading.ascii : 0;
  const little = text(utf16Reading(sample, true));
  const big = text(utf16Reading(sample, false));
  if (little > big) return 'utf-16le';
  if (big > little) return 'utf-16be';
  return undefined;
}

/**
 * Decodes a contacts file whatever its encoding: a BOM decides (UTF-8, UTF-16 LE/BE); else bytes that read
 * as UTF-16 text are UTF-16; else valid UTF-8 is UTF-8; else chardet's guess among the legacy encodings,
 * Windows-1252 when it has none. Binary files and files over the size limit are refused with the reason.
 */
export function decodeContactsFile(bytes: Uint8Array): Outcome<DecodedText, string> {
  if (bytes.length > MAX_IMPORT_BYTES)
    return fail(
      `The file is ${(bytes.length / 1048576).toFixed(0)} MB; softdial imports files up to ${MAX_IMPORT_BYTES / 1048576} MB. Split it and import the parts.`,
    );
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buffer[0] === 0xef && buffer[1] === 0xbb && buffer[2] === 0xbf)
    return ok({ text: buffer.subarray(3).toString('utf8'), encoding: 'UTF-8' });
  if (buffer[0] === 0xff && buffer[1] === 0xfe)
    return ok({ text: iconv.decode(buffer.subarray(2), 'utf-16le'), encoding: 'UTF-16LE' });
  if (buffer[0] === 0xfe && buffer[1] === 0xff)
    return ok({ text: iconv.decode(buffer.subarray(2), 'utf-16be'), encoding: 'UTF-16BE' });
  const sample = buffer.subarray(0, SAMPLE);
  const utf16 = utf16WithoutBom(buffer, sample);
  if (utf16) return ok({ text: iconv.decode(buffer, utf16), encoding: utf16.toUpperCase() });
  if (looksBinary(sample))
    return fail('The file is not text (it holds binary data): export your contacts as CSV or vCard and import that.');
  try {
    return ok({ text: strictUtf8.decode(buffer), encoding: 'UTF-8' });
  } catch {
    return ok(decodeLegacyOrMixed(buffer, sample));
  }
}

/**
 * Text that is not valid UTF-8 as a whole: line by line, UTF-8 where a line is valid UTF-8 (and not
 * plain ASCII) and the legacy encoding elsewhere, so a file edited in two programs keeps both halves.
 */
function decodeLegacyOrMixed(buffer: Buffer, sample: Buffer): DecodedText {
  const guess = detect(sample);
  const legacy = guess && iconv.encodingExists(guess) && !/^(utf|iso-8859-1$)/i.test(guess) ? guess : 'windows-1252';
  const lines: string[] = [];
  let utf8Lines = 0;
  let start = 0;
  while (start <= buffer.length) {
    let end = buffer.indexOf(0x0a, start);
    if (end < 0) end = buffer.length;
    const line = buffer.subarray(start, end);
    try {
      lines.push(strictUtf8.decode(line));
      if (line.some((byte) => byte >= 0x80)) utf8Lines++;
    } catch {
      lines.push(iconv.decode(line, legacy));
    }
    start = end + 1;
  }
  const name = legacy.toUpperCase();
  return { text: lines.join('\n'), encoding: utf8Lines > 0 ? `mixed UTF-8 and ${name}` : name };
}
