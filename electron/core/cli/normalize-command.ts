import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { readNumber } from '../phone/read-number.js';
import { toCountryCode } from '../phone/numbering-plan.js';
import type { NumberReading, PhoneResult } from '../phone/types.js';
import { EXIT, UsageError, writeAll } from './io.js';
import type { CliIo } from './io.js';

const BATCH_LINES = 2000;

/** The fields of one number in `softdial normalize` output, shaped as the README's command-line contract says. */
function numberFields(reading: NumberReading): Record<string, unknown> {
  return {
    e164: reading.e164,
    ...(reading.extension ? { extension: reading.extension } : {}),
    region: reading.country,
    national: reading.national,
    international: reading.international,
    ...(reading.type ? { type: reading.type } : {}),
    ...(reading.notes.length > 0
      ? { notes: reading.notes.map((note) => note.message), noteCodes: reading.notes.map((note) => note.code) }
      : {}),
  };
}

/** The JSON line of one input; with `all`, every number the input holds too, each with its label. */
function normalizeLine(result: PhoneResult, all: boolean): string {
  if (!result.ok) return JSON.stringify({ input: result.input, ok: false, error: result.error });
  const numbers = all
    ? {
        numbers: result.readings.map((reading) => ({
          ...(reading.label ? { label: reading.label } : {}),
          ...numberFields(reading),
        })),
      }
    : {};
  return JSON.stringify({ input: result.input, ok: true, ...numberFields(result), ...numbers });
}

/** The country to read national numbers in: --region, else the default country exactly as `dial` uses it. */
async function countryFor(region: string | undefined, io: CliIo): Promise<string | undefined> {
  if (region !== undefined) {
    if (!toCountryCode(region))
      throw new UsageError(`--region "${region}" is not a country code: use two letters such as GB or US.`);
    return region;
  }
  const { savedDefaultCountry } = await import('../settings/default-country.js');
  return (await savedDefaultCountry(io.env)).country;
}

/**
 * `softdial normalize [--region CC] [--all] [TEXT...]`: one JSON line per input, from arguments or stdin
 * lines; `--all` adds `numbers`, every number the input holds (a signature's phone, mobile and fax).
 */
export async function normalizeCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: { region: { type: 'string' }, all: { type: 'boolean' } },
    allowPositionals: true,
    strict: true,
  });
  const options = { defaultCountry: await countryFor(values.region, io) };
  const all = values.all === true;
  if (positionals.length > 0) {
    const lines = positionals.map((text) => normalizeLine(readNumber(text, options), all) + '\n');
    await writeAll(io.stdout, lines.join(''));
    return EXIT.ok;
  }
  let batch: string[] = [];
  for await (const line of createInterface({ input: io.stdin, crlfDelay: Infinity })) {
    batch.push(normalizeLine(readNumber(line, options), all));
    if (batch.length >= BATCH_LINES) {
      await writeAll(io.stdout, batch.join('\n') + '\n');
      batch = [];
    }
  }
  if (batch.length > 0) await writeAll(io.stdout, batch.join('\n') + '\n');
  return EXIT.ok;
}
