import fc from 'fast-check';
import libphonenumber from 'google-libphonenumber';
import { describe, expect, it } from 'vitest';
import { classify } from '../../../electron/core/phone/short-numbers.js';
import { EXACT_EMERGENCY_REGIONS, SHORT_NUMBERS } from '../../../electron/core/phone/short-number-table.js';

/** The parts of the library the table comes from, which its typings leave out. */
interface NumberDesc {
  getNationalNumberPatternOrDefault(): string;
  getExampleNumberOrDefault(): string;
}
interface ShortMetadata {
  hasEmergency(): boolean;
  getEmergency(): NumberDesc;
  getGeneralDesc(): NumberDesc;
  getShortCode(): NumberDesc;
}
interface ShortNumberInternals {
  getSupportedRegions(): libphonenumber.RegionCode[];
  getMetadataForRegion_(region: string): ShortMetadata;
  getExampleShortNumberForCost(region: string, cost: number): string;
}

const info = libphonenumber.ShortNumberInfo.getInstance();
const internals = info as unknown as ShortNumberInternals;
const util = libphonenumber.PhoneNumberUtil.getInstance();
const regions = internals.getSupportedRegions();

/** What the library says the digits are in the region, when it reads them as written (else undefined: not compared). */
function libraryKind(
  digits: string,
  region: libphonenumber.RegionCode,
): 'EMERGENCY' | 'SHORT_CODE' | undefined | 'not compared' {
  // The library reads an empty emergency pattern (GN) as matching every start of digits; classify reads it as none known.
  if (SHORT_NUMBERS[region]?.[0] === '') return 'not compared';
  if (info.connectsToEmergencyNumber(digits, region)) return 'EMERGENCY';
  let number: libphonenumber.PhoneNumber;
  try {
    number = util.parse(digits, region);
  } catch {
    return 'not compared';
  }
  // The library drops a national prefix or reads a country code out of some digits: classify reads them as dialled.
  if (
    util.getNationalSignificantNumber(number) !== digits ||
    number.getCountryCode() !== util.getCountryCodeForRegion(region)
  )
    return 'not compared';
  return info.isValidShortNumberForRegion(number, region) ? 'SHORT_CODE' : undefined;
}

describe('short numbers, from libphonenumber short-number metadata', () => {
  it('the committed table is the library metadata (run node scripts/short-numbers.mjs after an update)', () => {
    expect(Object.keys(SHORT_NUMBERS).sort()).toEqual([...regions].sort());
    expect(EXACT_EMERGENCY_REGIONS).toEqual(['BR', 'CL', 'NI']);
    for (const region of regions) {
      const metadata = internals.getMetadataForRegion_(region);
      const row = SHORT_NUMBERS[region];
      expect(row?.[0], region).toBe(
        metadata.hasEmergency() ? metadata.getEmergency().getNationalNumberPatternOrDefault() : '',
      );
      expect(row?.[1], region).toBe(metadata.getGeneralDesc().getNationalNumberPatternOrDefault());
      expect(row?.[3], region).toBe(metadata.getShortCode().getNationalNumberPatternOrDefault());
    }
  });

  it('classifies every region’s example emergency number and short code as the library does', () => {
    for (const region of regions) {
      for (const cost of [0, 1, 2, 3]) {
        const example = internals.getExampleShortNumberForCost(region, cost);
        const expected = example ? libraryKind(example, region) : 'not compared';
        if (expected !== 'not compared') expect(classify(example, region), `${region} ${example}`).toBe(expected);
      }
      const emergency = internals.getMetadataForRegion_(region).getEmergency().getExampleNumberOrDefault();
      if (emergency) expect(classify(emergency, region), `${region} ${emergency}`).toBe('EMERGENCY');
    }
  });

  it('agrees with the library on random digits in random regions', () => {
    fc.assert(
      fc.property(fc.constantFrom(...regions), fc.stringMatching(/^\d{2,8}$/), (region, digits) => {
        const expected = libraryKind(digits, region);
        if (expected !== 'not compared') expect(classify(digits, region)).toBe(expected);
      }),
      { numRuns: 3000 },
    );
  });

  it('knows the well-known emergency numbers and refuses them with no default country', () => {
    const known: [string, string][] = [
      ['112', 'GB'],
      ['999', 'GB'],
      ['911', 'US'],
      ['000', 'AU'],
      ['110', 'DE'],
      ['119', 'JP'],
      ['112', 'FR'],
      ['15', 'FR'],
      ['190', 'BR'],
    ];
    for (const [digits, region] of known) expect(classify(digits, region), `${digits} ${region}`).toBe('EMERGENCY');
    expect(classify('911', undefined)).toBe('EMERGENCY');
    expect(classify('999', 'XX')).toBe('EMERGENCY');
    expect(classify('118118', 'GB')).toBe('SHORT_CODE');
    expect(classify('02079460958', 'GB')).toBeUndefined();
    expect(classify('1190', 'BR')).toBeUndefined();
    expect(classify('+112', 'GB')).toBeUndefined();
    expect(classify('112', 'GN')).toBe('EMERGENCY');
    expect(classify('00', 'GN')).toBeUndefined();
  });
});
