import { Metadata, parsePhoneNumberFromString, validatePhoneNumberLength } from 'libphonenumber-js/max';
import type { CountryCode } from 'libphonenumber-js/max';

// libphonenumber-js compiles a fresh RegExp for every pattern test, every call; typing the number and
// formatting it twice cost more than parsing it. This module compiles each country's type and format
// patterns once and applies them with the library's own algorithm (getNumberType.js, format.js), read
// through its own Metadata accessors. test/unit/phone/compiled-plan.test.ts holds it equal to the library.

interface LibraryType {
  pattern(): string;
  possibleLengths(): number[] | undefined;
}
interface LibraryFormat {
  pattern(): string;
  format(): string;
  leadingDigitsPatterns(): string[];
  nationalPrefixFormattingRule(): string | undefined;
  internationalFormat(): string;
}
interface CallingCodes {
  getCountryCodesForCallingCode(callingCode: string): CountryCode[] | undefined;
}
interface LibraryPlan {
  callingCode(): string;
  IDDPrefix(): string | undefined;
  nationalNumberPattern(): string;
  nationalPrefixForParsing(): string | undefined;
  nationalPrefix(): string | undefined;
  leadingDigits(): string | undefined;
  type(name: string): LibraryType | undefined;
  formats(): LibraryFormat[];
}

const NON_FIXED_LINE_TYPES = [
  'MOBILE',
  'PREMIUM_RATE',
  'TOLL_FREE',
  'SHARED_COST',
  'VOIP',
  'PERSONAL_NUMBER',
  'PAGER',
  'UAN',
  'VOICEMAIL',
];
const FIRST_GROUP = /(\$\d)/;
/** VALID_PUNCTUATION of the library's constants.js, which applyInternationalSeparatorStyle turns into spaces. */
const PUNCTUATION_RUNS =
  /[-\u2010-\u2015\u2212\u30fc\uff0d\uff0f/\uff0e.\u0020\u00a0\u00ad\u200b\u2060\u3000()\uff08\uff09\uff3b\uff3d[\]~\u2053\u223c\uff5e]+/g;

interface CompiledType {
  name: string;
  whole: RegExp;
  lengths: number[] | undefined;
}
interface CompiledFormat {
  leading: RegExp | undefined;
  whole: RegExp;
  groups: RegExp;
  national: string;
  international: string;
  /** Whether the international template has punctuation the library's separator style must fold. */
  foldSeparators: boolean;
}
interface CompiledPlan {
  callingCode: string;
  /** Matches where the library might strip an international access code (stripIddPrefix.js). */
  accessCode: RegExp | undefined;
  nationalNumber: RegExp;
  nationalPrefixForParsing: RegExp | undefined;
  /** The trunk prefix written before national numbers ("0"), if any. */
  trunkPrefix: string | undefined;
  leadingDigits: RegExp | undefined;
  fixedLine: CompiledType | undefined;
  mobile: CompiledType | undefined;
  /** MOBILE exists with an empty pattern: deduplicated into FIXED_LINE by the metadata compiler. */
  mobileSameAsFixed: boolean;
  others: CompiledType[];
  formats: CompiledFormat[];
}

/** The parts of a parsed number softdial uses; the library's PhoneNumber has them too. */
export interface NumberParts {
  number: string;
  countryCallingCode: string;
  nationalNumber: string;
  country?: string | undefined;
}

const metadata = new Metadata();
const plans = new Map<string, CompiledPlan>();
const whole = (pattern: string): RegExp => new RegExp(`^(?:${pattern})$`);

function compileType(plan: LibraryPlan, name: string): CompiledType | undefined {
  const type = plan.type(name);
  if (!type || !type.pattern()) return undefined;
  return { name, whole: whole(type.pattern()), lengths: type.possibleLengths() };
}

function compileFormat(format: LibraryFormat): CompiledFormat {
  const leadingPatterns = format.leadingDigitsPatterns();
  const lastLeading = leadingPatterns[leadingPatterns.length - 1];
  const rule = format.nationalPrefixFormattingRule();
  return {
    leading: lastLeading === undefined ? undefined : new RegExp(lastLeading),
    whole: whole(format.pattern()),
    groups: new RegExp(format.pattern()),
    national: rule ? format.format().replace(FIRST_GROUP, rule) : format.format(),
    international: format.internationalFormat(),
    foldSeparators: !/^\$\d( \$\d)*$/.test(format.internationalFormat()),
  };
}

/** The compiled plan of a country (or, for non-geographic numbers, of a calling code), built once. */
function planFor(key: string): CompiledPlan {
  let compiled = plans.get(key);
  if (compiled) return compiled;
  metadata.selectNumberingPlan(key as Parameters<typeof metadata.selectNumberingPlan>[0]);
  const plan = metadata.numberingPlan as unknown as LibraryPlan;
  const mobileType = plan.type('MOBILE');
  const prefix = plan.nationalPrefixForParsing();
  const leading = plan.leadingDigits();
  const access = plan.IDDPrefix();
  compiled = {
    callingCode: plan.callingCode(),
    accessCode: access ? new RegExp(`^(?:${access})`) : undefined,
    nationalNumber: whole(plan.nationalNumberPattern()),
    nationalPrefixForParsing: prefix ? new RegExp(`^(?:${prefix})`) : undefined,
    trunkPrefix: plan.nationalPrefix(),
    leadingDigits: leading ? new RegExp(leading) : undefined,
    fixedLine: compileType(plan, 'FIXED_LINE'),
    mobile: compileType(plan, 'MOBILE'),
    mobileSameAsFixed: mobileType !== undefined && mobileType.pattern() === '',
    others: NON_FIXED_LINE_TYPES.flatMap((name) => compileType(plan, name) ?? []),
    formats: plan.formats().map(compileFormat),
  };
  plans.set(key, compiled);
  return compiled;
}

const isType = (nationalNumber: string, type: CompiledType | undefined): boolean =>
  type !== undefined &&
  (!type.lengths || type.lengths.includes(nationalNumber.length)) &&
  type.whole.test(nationalNumber);

/** getNumberType.js over compiled patterns. */
function typeOf(nationalNumber: string, plan: CompiledPlan): string | undefined {
  if (!plan.nationalNumber.test(nationalNumber)) return undefined;
  if (isType(nationalNumber, plan.fixedLine)) {
    if (plan.mobileSameAsFixed || !plan.mobile) return 'FIXED_LINE_OR_MOBILE';
    return isType(nationalNumber, plan.mobile) ? 'FIXED_LINE_OR_MOBILE' : 'FIXED_LINE';
  }
  return plan.others.find((type) => isType(nationalNumber, type))?.name;
}

/** chooseFormatForNumber() of format.js over compiled patterns. */
function formatFor(nationalNumber: string, plan: CompiledPlan): CompiledFormat | undefined {
  return plan.formats.find(
    (format) => (!format.leading || nationalNumber.search(format.leading) === 0) && format.whole.test(nationalNumber),
  );
}

const planOf = (number: NumberParts): CompiledPlan => planFor(number.country ?? number.countryCallingCode);

/** The type of a parsed number (undefined when invalid), as the library's getType() gives it, faster. */
export function numberType(number: NumberParts): string | undefined {
  return typeOf(number.nationalNumber, planOf(number));
}

/** The national and international formats of a parsed number, as the library gives them, faster. */
export function numberFormats(number: NumberParts): { national: string; international: string } {
  const nationalNumber = number.nationalNumber;
  const format = formatFor(nationalNumber, planOf(number));
  if (!format) return { national: nationalNumber, international: `+${number.countryCallingCode} ${nationalNumber}` };
  const replaced = nationalNumber.replace(format.groups, format.international);
  const grouped = format.foldSeparators ? replaced.replace(PUNCTUATION_RUNS, ' ').trim() : replaced;
  return {
    national: nationalNumber.replace(format.groups, format.national),
    international: `+${number.countryCallingCode} ${grouped}`,
  };
}

const countriesOf = (callingCode: string): CountryCode[] =>
  (metadata as unknown as CallingCodes).getCountryCodesForCallingCode(callingCode) ?? [];

/** getCountryByNationalNumber() over compiled patterns: the first country whose leading digits or types fit. */
function countryFor(callingCode: string, nationalNumber: string): CountryCode | undefined {
  const countries = countriesOf(callingCode);
  if (countries.length <= 1) return countries[0];
  return countries.find((country) => {
    const plan = planFor(country);
    return plan.leadingDigits
      ? nationalNumber.search(plan.leadingDigits) === 0
      : typeOf(nationalNumber, plan) !== undefined;
  });
}

const MIN_NATIONAL_LENGTH = 2;
const MAX_NATIONAL_LENGTH = 17;

/**
 * Parses '+' and digits as the library's parse does, without its per-call regex compilation, whenever
 * no national prefix could be stripped after the calling code; otherwise hands over to the library.
 */
export function parseInternationalDigits(digits: string): NumberParts | undefined {
  const callingCode =
    digits[1] === '0'
      ? undefined
      : [2, 3, 4].map((end) => digits.slice(1, end)).find((code) => countriesOf(code).length > 0);
  const nationalNumber = callingCode === undefined ? '' : digits.slice(1 + callingCode.length);
  const main = callingCode === undefined ? undefined : planFor(callingCode);
  if (
    !main ||
    !callingCode ||
    main.nationalPrefixForParsing?.test(nationalNumber) ||
    nationalNumber.length < MIN_NATIONAL_LENGTH ||
    nationalNumber.length > MAX_NATIONAL_LENGTH
  ) {
    return parsePhoneNumberFromString(digits);
  }
  return {
    number: digits,
    countryCallingCode: callingCode,
    nationalNumber,
    country: countryFor(callingCode, nationalNumber),
  };
}

/** Whether a parsed number has a possible length (the library's isPossible()). */
export function isPossibleNumber(number: NumberParts): boolean {
  return validatePhoneNumberLength(number.number) === undefined;
}

/** The region of a number: its country, else the main country of its calling code, else "001" (non-geographic). */
export function regionOfNumber(number: NumberParts): string {
  return number.country ?? countriesOf(number.countryCallingCode)[0] ?? '001';
}

/**
 * Parses national digits for a default country as the library does, when none of its rewrites could
 * apply (access code, country code without '+', national prefix); otherwise hands over to the library.
 */
export function parseNationalDigits(digits: string, country: CountryCode): NumberParts | undefined {
  const plan = planFor(country);
  const rewritable =
    plan.accessCode?.test(digits) ||
    digits.startsWith(plan.callingCode) ||
    digits.length < MIN_NATIONAL_LENGTH ||
    digits.length > MAX_NATIONAL_LENGTH;
  if (rewritable) return parsePhoneNumberFromString(digits, { defaultCountry: country });
  let nationalNumber = digits;
  const prefix = plan.nationalPrefixForParsing?.exec(digits);
  if (prefix) {
    // The library strips a plain trunk prefix (no carrier code, no transform) whenever what remains is valid;
    // every other match of its prefix pattern is left to the library.
    const plain = prefix[0] === plan.trunkPrefix && prefix.slice(1).every((group) => !group);
    const rest = plain ? digits.slice(prefix[0].length) : undefined;
    const restCountry = rest === undefined ? undefined : (countryFor(plan.callingCode, rest) ?? country);
    if (rest === undefined || !restCountry || typeOf(rest, planFor(restCountry)) === undefined)
      return parsePhoneNumberFromString(digits, { defaultCountry: country });
    nationalNumber = rest;
  }
  return {
    number: `+${plan.callingCode}${nationalNumber}`,
    countryCallingCode: plan.callingCode,
    nationalNumber,
    country: countryFor(plan.callingCode, nationalNumber) ?? country,
  };
}

/**
 * Whether the digits after a calling code are a valid number of some country using that code: a cheap
 * pre-check (no national-prefix handling) that spares a full parse for readings that cannot be valid.
 */
export function validForCallingCode(callingCode: string, nationalNumber: string): boolean {
  const countries = countriesOf(callingCode);
  const keys: string[] = countries.length > 0 && String(countries[0]) !== '001' ? countries : [callingCode];
  return keys.some((key) => typeOf(nationalNumber, planFor(key)) !== undefined);
}

/** The international access code a country dials before a country code (00, 011, 0011, ...), matched at the start. */
export function internationalPrefixAt(digits: string, country: CountryCode): string | undefined {
  return planFor(country).accessCode?.exec(digits)?.[0];
}

/** The trunk prefix dialled before national numbers (0 in most of Europe, 1 in NANP), if any. */
export function nationalPrefix(country: CountryCode): string | undefined {
  return planFor(country).trunkPrefix;
}
