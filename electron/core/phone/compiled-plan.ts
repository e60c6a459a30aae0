import { Metadata, parsePhoneNumberFromString, validatePhoneNumberLength } from 'libphonenumber-js/max';
import type { CountryCode } from 'libphonenumber-js/max';
import { firstDigits } from './first-digits.js';

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
  possibleLengths(): number[] | undefined;
  nationalPrefixForParsing(): string | undefined;
  nationalPrefixTransformRule(): string | undefined;
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
/** Splits a format template into literal text and group numbers, alternately. */
const GROUP_REFERENCE = /\$(\d)/;
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
  /** Templates split at their group references: literal, group number, literal, ... */
  national: string[];
  international: string[];
  /** Whether the international template has punctuation the library's separator style must fold. */
  foldSeparators: boolean;
}
interface CompiledPlan {
  callingCode: string;
  /** Matches where the library might strip an international access code (stripIddPrefix.js). */
  accessCode: RegExp | undefined;
  nationalNumber: RegExp;
  /** The longest national number the plan allows, if it says. */
  maxLength: number | undefined;
  nationalPrefixForParsing: RegExp | undefined;
  /** How the library rewrites what the prefix pattern matched (Argentina's "15", Brazil's carrier codes). */
  transformRule: string | undefined;
  /** The trunk prefix written before national numbers ("0"), if any. */
  trunkPrefix: string | undefined;
  leadingDigits: RegExp | undefined;
  fixedLine: CompiledType | undefined;
  mobile: CompiledType | undefined;
  /** MOBILE exists with an empty pattern: deduplicated into FIXED_LINE by the metadata compiler. */
  mobileSameAsFixed: boolean;
  others: CompiledType[];
  formats: CompiledFormat[];
  /** The last number typed against this plan and its type: a reading asks for the same one several times. */
  lastTyped: { nationalNumber: string; type: string | undefined } | undefined;
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
    national: (rule ? format.format().replace(FIRST_GROUP, rule) : format.format()).split(GROUP_REFERENCE),
    international: format.internationalFormat().split(GROUP_REFERENCE),
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
    maxLength: plan.possibleLengths()?.at(-1),
    nationalPrefixForParsing: prefix ? new RegExp(`^(?:${prefix})`) : undefined,
    transformRule: plan.nationalPrefixTransformRule() || undefined,
    trunkPrefix: plan.nationalPrefix() || undefined,
    leadingDigits: leading ? new RegExp(leading) : undefined,
    fixedLine: compileType(plan, 'FIXED_LINE'),
    mobile: compileType(plan, 'MOBILE'),
    mobileSameAsFixed: mobileType !== undefined && mobileType.pattern() === '',
    others: NON_FIXED_LINE_TYPES.flatMap((name) => compileType(plan, name) ?? []),
    formats: plan.formats().map(compileFormat),
    lastTyped: undefined,
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
  if (plan.lastTyped?.nationalNumber === nationalNumber) return plan.lastTyped.type;
  const type = matchType(nationalNumber, plan);
  plan.lastTyped = { nationalNumber, type };
  return type;
}

/** The first type whose pattern and lengths the number fits, in the library's order. */
function matchType(nationalNumber: string, plan: CompiledPlan): string | undefined {
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
  const match = format?.groups.exec(nationalNumber);
  if (!format || !match)
    return { national: nationalNumber, international: `+${number.countryCallingCode} ${nationalNumber}` };
  // One match filled into both templates: what String.replace does twice, in one pass of the pattern.
  const before = nationalNumber.slice(0, match.index);
  const after = nationalNumber.slice(match.index + match[0].length);
  const fill = (template: string[]): string => {
    let text = before;
    for (let i = 0; i < template.length; i++) text += (i % 2 === 0 ? template[i] : match[Number(template[i])]) ?? '';
    return text + after;
  };
  const replaced = fill(format.international);
  const grouped = format.foldSeparators ? replaced.replace(PUNCTUATION_RUNS, ' ').trim() : replaced;
  return { national: fill(format.national), international: `+${number.countryCallingCode} ${grouped}` };
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
 * The national number left after the national prefix the library strips from `digits`: the digits
 * themselves when the prefix rule does not match (or matches nothing), the rest after a plain trunk prefix
 * when that rest is valid; undefined for carrier codes and rewrites, which only the library reads.
 */
function withoutPlainPrefix(digits: string, plan: CompiledPlan, country?: CountryCode): string | undefined {
  const prefix = plan.nationalPrefixForParsing?.exec(digits);
  const groups = prefix?.slice(1).every((group) => !group) ?? true;
  if (!prefix || (prefix[0] === '' && groups)) return digits;
  if (prefix[0] !== plan.trunkPrefix || !groups) return undefined;
  const rest = digits.slice(prefix[0].length);
  const restCountry = countryFor(plan.callingCode, rest) ?? country;
  return restCountry && typeOf(rest, planFor(restCountry)) !== undefined ? rest : undefined;
}

/** The calling code (one to three digits) right after the '+', if one is in use. */
function callingCodeAfterPlus(digits: string): string | undefined {
  for (let end = 2; end <= 4; end++) {
    const code = digits.slice(1, end);
    if (countriesOf(code).length > 0) return code;
  }
  return undefined;
}

/**
 * Parses '+' and digits as the library's parse does, without its per-call regex compilation, whenever
 * no carrier code or rewrite could apply after the calling code; otherwise hands over to the library.
 */
export function parseInternationalDigits(digits: string): NumberParts | undefined {
  const callingCode = digits[1] === '0' ? undefined : callingCodeAfterPlus(digits);
  const written = callingCode === undefined ? '' : digits.slice(1 + callingCode.length);
  const main = callingCode === undefined ? undefined : planFor(callingCode);
  const nationalNumber =
    main && written.length >= MIN_NATIONAL_LENGTH && written.length <= MAX_NATIONAL_LENGTH
      ? withoutPlainPrefix(written, main)
      : undefined;
  if (!callingCode || nationalNumber === undefined) return parsePhoneNumberFromString(digits);
  return {
    number: `+${callingCode}${nationalNumber}`,
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

/** A national number as read for a default country, and the country it belongs to. */
interface NationalReading {
  nationalNumber: string;
  country: CountryCode | undefined;
}

/** National digits after the library's plain prefix handling, in the country they fit (else the default). */
function withoutPrefixIn(digits: string, plan: CompiledPlan, country: CountryCode): NationalReading | undefined {
  const nationalNumber = withoutPlainPrefix(digits, plan, country);
  return nationalNumber === undefined
    ? undefined
    : { nationalNumber, country: countryFor(plan.callingCode, nationalNumber) ?? country };
}

/**
 * The national number of digits that begin with the country's own calling code, as the library reads
 * them: the code is taken off when the whole is no national number and the rest is (or the whole is too
 * long), and then the country is the one the number fits, not the default.
 */
function withoutOwnCallingCode(digits: string, plan: CompiledPlan, country: CountryCode): NationalReading | undefined {
  const whole = withoutPlainPrefix(digits, plan, country);
  const shorter = withoutPlainPrefix(digits.slice(plan.callingCode.length), plan, country);
  if (whole === undefined || shorter === undefined) return undefined;
  const tooLong = plan.maxLength !== undefined && whole.length > plan.maxLength;
  if ((!plan.nationalNumber.test(whole) && plan.nationalNumber.test(shorter)) || tooLong)
    return { nationalNumber: shorter, country: countryFor(plan.callingCode, shorter) };
  return withoutPrefixIn(digits, plan, country);
}

/**
 * Parses national digits for a default country as the library does, when its rewrites are plain (an
 * international access code, a trunk prefix, the country's own code without '+'); carrier codes and
 * other rewrites are handed over to the library.
 */
export function parseNationalDigits(digits: string, country: CountryCode): NumberParts | undefined {
  const plan = planFor(country);
  if (digits.length < MIN_NATIONAL_LENGTH || digits.length > MAX_NATIONAL_LENGTH)
    return parsePhoneNumberFromString(digits, { defaultCountry: country });
  const access = plan.accessCode?.exec(digits)?.[0];
  if (access) {
    // After an access code the library reads a country code, unless a 0 follows (then it was no access code).
    const rest = digits.slice(access.length);
    return rest !== '' && rest[0] !== '0'
      ? parseInternationalDigits(`+${rest}`)
      : parsePhoneNumberFromString(digits, { defaultCountry: country });
  }
  const read = digits.startsWith(plan.callingCode)
    ? withoutOwnCallingCode(digits, plan, country)
    : withoutPrefixIn(digits, plan, country);
  if (!read) return parsePhoneNumberFromString(digits, { defaultCountry: country });
  const { nationalNumber } = read;
  return {
    number: `+${plan.callingCode}${nationalNumber}`,
    countryCallingCode: plan.callingCode,
    nationalNumber,
    country: read.country,
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

const leadingDigitSets = new Map<string, Set<string>>();

/** The digits any number after a calling code can start with, over every country sharing that code. */
export function leadingDigitsOfCallingCode(callingCode: string): Set<string> {
  let digits = leadingDigitSets.get(callingCode);
  if (digits) return digits;
  const countries = countriesOf(callingCode);
  const keys: string[] = countries.length > 0 && String(countries[0]) !== '001' ? countries : [callingCode];
  digits = new Set<string>();
  for (const key of keys) {
    metadata.selectNumberingPlan(key as Parameters<typeof metadata.selectNumberingPlan>[0]);
    for (const digit of firstDigits((metadata.numberingPlan as unknown as LibraryPlan).nationalNumberPattern()))
      digits.add(digit);
  }
  leadingDigitSets.set(callingCode, digits);
  return digits;
}

/**
 * The national numbers digits written after a calling code may stand for when they begin with the
 * country's national prefix, derived from its national-prefix-for-parsing rule: the bare trunk prefix
 * dropped ("+44 (0)20…", "+57 0 321…"), and the rule's own rewrite (carrier codes, Argentina's "15").
 */
export function nationalPrefixForms(callingCode: string, written: string): string[] {
  const main: string | undefined = countriesOf(callingCode)[0];
  if (!main || main === '001') return [];
  const plan = planFor(main);
  const forms: string[] = [];
  if (plan.trunkPrefix && written.startsWith(plan.trunkPrefix)) forms.push(written.slice(plan.trunkPrefix.length));
  const match = plan.nationalPrefixForParsing?.exec(written);
  if (plan.nationalPrefixForParsing && match && match[0] !== '') {
    const rest = written.slice(match[0].length);
    forms.push(plan.transformRule ? written.replace(plan.nationalPrefixForParsing, plan.transformRule) : rest);
  }
  return [...new Set(forms)].filter((form) => form !== written && form !== '');
}
