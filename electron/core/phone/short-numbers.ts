import { EXACT_EMERGENCY_REGIONS, SHORT_NUMBERS } from './short-number-table.js';

/** What a short number is: one that reaches the emergency services, or another short code (directory, carrier…). */
export type ShortNumberKind = 'EMERGENCY' | 'SHORT_CODE';

type Row = (typeof SHORT_NUMBERS)[string];

/** A row's patterns, compiled once per region on first use. */
interface Compiled {
  emergencyWhole?: RegExp;
  emergencyStart?: RegExp;
  general: RegExp;
  generalLengths: readonly number[];
  shortCode: RegExp;
  shortLengths: readonly number[];
}

const compiled = new Map<string, Compiled>();
const lengthsOf = (list: string): number[] => (list === '' ? [] : list.split(',').map(Number));

function compile(region: string, [emergency, general, generalLengths, shortCode, shortLengths]: Row): Compiled {
  return {
    ...(emergency
      ? {
          emergencyWhole: new RegExp(`^(?:${emergency})$`),
          ...(EXACT_EMERGENCY_REGIONS.includes(region) ? {} : { emergencyStart: new RegExp(`^(?:${emergency})`) }),
        }
      : {}),
    general: new RegExp(`^(?:${general})$`),
    generalLengths: lengthsOf(generalLengths),
    shortCode: new RegExp(`^(?:${shortCode})$`),
    shortLengths: lengthsOf(shortLengths),
  };
}

function patternsOf(region: string): Compiled | undefined {
  const known = compiled.get(region);
  if (known) return known;
  const row = Object.hasOwn(SHORT_NUMBERS, region) ? SHORT_NUMBERS[region] : undefined;
  if (!row) return undefined;
  const made = compile(region, row);
  compiled.set(region, made);
  return made;
}

const matches = (digits: string, pattern: RegExp, lengths: readonly number[]): boolean =>
  (lengths.length === 0 || lengths.includes(digits.length)) && pattern.test(digits);

/** Whether the digits reach the emergency services of the region (its number, or its number with digits after). */
function isEmergencyIn(digits: string, patterns: Compiled): boolean {
  return Boolean(patterns.emergencyWhole?.test(digits) || patterns.emergencyStart?.test(digits));
}

/** The longest short number of any region: longer digits are never classified. */
export const LONGEST_SHORT_NUMBER = Math.max(...Object.values(SHORT_NUMBERS).flatMap((row) => lengthsOf(row[2])));

/** Whether the digits are an emergency number in some region: for a country the metadata gives none for. */
const emergencyAnywhere = (digits: string): boolean =>
  Object.keys(SHORT_NUMBERS).some((other) => patternsOf(other)?.emergencyWhole?.test(digits));

/**
 * What dialled digits (no '+', no separators) are in a region, per libphonenumber's short-number metadata:
 * EMERGENCY when they reach the emergency services (the way the library's connectsToEmergencyNumber reads them),
 * SHORT_CODE for another valid short code, else undefined (an ordinary number, or nothing). With no region, or
 * one whose emergency numbers the metadata does not know (GN), digits that are an emergency number anywhere
 * are EMERGENCY: softdial never dials those.
 */
export function classify(digits: string, region: string | undefined): ShortNumberKind | undefined {
  if (!/^\d+$/.test(digits)) return undefined;
  const patterns = region === undefined ? undefined : patternsOf(region.toUpperCase());
  const emergency = patterns?.emergencyWhole ? isEmergencyIn(digits, patterns) : emergencyAnywhere(digits);
  if (emergency) return 'EMERGENCY';
  if (!patterns || digits.length > LONGEST_SHORT_NUMBER) return undefined;
  return matches(digits, patterns.general, patterns.generalLengths) &&
    matches(digits, patterns.shortCode, patterns.shortLengths)
    ? 'SHORT_CODE'
    : undefined;
}
