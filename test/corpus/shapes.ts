import { COUNTRIES } from './countries.js';
import type { CountryFacts } from './countries.js';
import { group } from './group.js';
import { regionCases } from './region-shapes.js';
import { alternativeOfNational, readingsOfDigitsWithoutPlus } from './expected.js';
import type { CorpusCase } from './expected.js';
import { inScript, toFullWidth } from './scripts.js';

const ARABIC_INDIC_ZERO = 0x0660;

const factsOf = (country: string): CountryFacts => {
  const facts = COUNTRIES.find((candidate) => candidate.country === country);
  if (!facts) throw new Error(`no facts for ${country}`);
  return facts;
};

const EXTENSION_SPELLINGS = [
  ' ext. 123',
  ' x123',
  ' x 123',
  ';ext=123',
  ' #123',
  ' extension 123',
  ' Ext: 123',
  ',,123',
];

/** The shapes one number is pasted in, each with its expected E.164 built from the facts. */
function shapesFor(facts: CountryFacts, kind: 'fixed' | 'mobile'): CorpusCase[] {
  const { country, callingCode: cc, trunk, accessCode } = facts;
  const nsn = facts[kind];
  const e164 = `+${cc}${nsn}`;
  const spaced = group(nsn);
  const [head = '', ...tail] = spaced.split(' ');
  const national = facts.nationalOverride?.[kind] ?? `${trunk}${spaced}`;
  const abroad = country === 'DE' ? 'FR' : 'DE';
  const foreignDefault = cc === '1' ? 'GB' : 'US';
  const target = COUNTRIES.find((other) => other.callingCode !== cc) ?? facts;
  const alternative = alternativeOfNational(national, trunk, e164);
  const nationalAlternative = alternative ? { alternative } : {};
  const cases: CorpusCase[] = [
    { shape: 'international spaced', input: `+${cc} ${spaced}`, e164 },
    { shape: 'international dashed', input: `+${cc}-${group(nsn, '-')}`, defaultCountry: 'US', e164 },
    { shape: 'international dotted', input: `+${cc}.${group(nsn, '.')}`, defaultCountry: 'GB', e164 },
    { shape: 'international parentheses', input: `+${cc} (${head}) ${tail.join(' ')}`, e164 },
    { shape: 'international compact', input: `+${cc}${nsn}`, e164 },
    { shape: 'national', input: national, defaultCountry: country, e164, ...nationalAlternative },
    {
      shape: 'national lower-case country',
      input: national,
      defaultCountry: country.toLowerCase(),
      e164,
      ...nationalAlternative,
    },
    {
      shape: 'national with text',
      input: `Please call ${national} before noon.`,
      defaultCountry: country,
      e164,
      ...nationalAlternative,
    },
    { shape: '00 from abroad', input: `00 ${cc} ${spaced}`, defaultCountry: abroad, e164 },
    { shape: '00 compact from abroad', input: `00${cc}${nsn}`, defaultCountry: abroad, e164 },
    {
      shape: 'own access code',
      input: `${accessCode} ${target.callingCode} ${group(target.fixed)}`,
      defaultCountry: country,
      e164: `+${target.callingCode}${target.fixed}`,
    },
    {
      shape: 'missing plus',
      input: `${cc}${nsn}`,
      defaultCountry: foreignDefault,
      ...readingsOfDigitsWithoutPlus(`${cc}${nsn}`, factsOf(foreignDefault), e164),
    },
    {
      shape: 'missing plus spaced',
      input: `${cc} ${spaced}`,
      defaultCountry: foreignDefault,
      ...readingsOfDigitsWithoutPlus(`${cc}${nsn}`, factsOf(foreignDefault), e164),
    },
    {
      shape: 'own country code without plus',
      input: `${cc} ${spaced}`,
      defaultCountry: country,
      ...readingsOfDigitsWithoutPlus(`${cc}${nsn}`, facts, e164),
    },
    { shape: 'tel link', input: `tel:+${cc}-${group(nsn, '-')}`, e164 },
    { shape: 'tel:// link', input: `tel://+${cc}${nsn}`, e164 },
    { shape: 'percent-encoded tel link', input: `tel:%2B${cc}%20${group(nsn, '%20')}`, e164 },
    { shape: 'callto link', input: `callto:+${cc}${nsn}`, e164 },
    { shape: 'html href', input: `<a href="tel:+${cc}${nsn}">Call us</a>`, e164 },
    { shape: 'sip uri', input: `sip:+${cc}${nsn}@pbx.example.com;user=phone`, e164 },
    { shape: 'text around', input: `Call me at +${cc} ${spaced} tomorrow.`, e164 },
    { shape: 'signature', input: `Jane Doe | Sales | T: +${cc} ${spaced} | jane.doe@example.com`, e164, label: 'T' },
    {
      shape: 'several numbers',
      input: `Office: +${cc} ${spaced}, Mobile: +44 7400 123456`,
      e164,
      label: 'Office',
      readings: [...new Set([e164, '+447400123456'])],
    },
    { shape: 'full-width', input: toFullWidth(`+${cc} ${spaced}`), e164 },
    {
      shape: 'full-width national',
      input: toFullWidth(national),
      defaultCountry: country,
      e164,
      ...nationalAlternative,
    },
    { shape: 'arabic-indic digits', input: inScript(`+${cc} ${spaced}`, ARABIC_INDIC_ZERO), e164 },
    { shape: 'non-breaking spaces', input: `+${cc}\u00a0${spaced.replace(/ /g, '\u00a0')}`, e164 },
    { shape: 'unicode dashes', input: `+${cc}\u2011${group(nsn, '\u2013')}`, e164 },
    { shape: 'zero-width marks', input: `\u202a+${cc} ${spaced}\u202c\u200b`, e164 },
    { shape: 'padded with whitespace', input: `\t  +${cc} ${spaced}  \n`, e164 },
    ...EXTENSION_SPELLINGS.map((spelling) => ({
      shape: `extension "${spelling.trim()}"`,
      input: `+${cc} ${spaced}${spelling}`,
      e164,
      extension: '123',
    })),
    { shape: 'tel link extension', input: `tel:+${cc}${nsn};ext=123`, e164, extension: '123' },
  ];
  if (trunk === '0') {
    cases.push(
      { shape: '(0) trunk prefix', input: `+${cc} (0)${spaced}`, e164 },
      { shape: '(0) trunk prefix spaced', input: `+${cc} (0) ${spaced}`, e164 },
      { shape: 'trunk prefix after country code', input: `+${cc} 0${spaced}`, e164 },
    );
  }
  return cases;
}

/** Shapes that belong to one country's conventions: vanity letters, Côte d'Ivoire's 10-digit plan. */
const SPECIAL_CASES: CorpusCase[] = [
  { shape: 'vanity', input: '1-800-FLOWERS', defaultCountry: 'US', e164: '+18003569377' },
  { shape: 'vanity', input: '1-800-GO-FEDEX', defaultCountry: 'US', e164: '+18004633339' },
  { shape: 'vanity', input: '+1 800 MY-APPLE', e164: '+18006927753' },
  { shape: 'vanity full-width', input: toFullWidth('1-800-FLOWERS'), defaultCountry: 'US', e164: '+18003569377' },
  { shape: 'vanity in text', input: 'Order at 1-800-FLOWERS today', defaultCountry: 'US', e164: '+18003569377' },
  { shape: 'vanity', input: '(888) 555-LOAN', defaultCountry: 'US', e164: '+18885555626' },
  { shape: "Côte d'Ivoire 10 digits", input: '07 07 07 07 07', defaultCountry: 'CI', e164: '+2250707070707' },
  { shape: "Côte d'Ivoire 10 digits", input: '+225 27 22 44 55 66', e164: '+2252722445566' },
  {
    shape: 'dots and x extension',
    input: '555.867.5309 x 9',
    defaultCountry: 'US',
    e164: '+15558675309',
    extension: '9',
  },
  { shape: 'star extension', input: '+1 650 253 0000*227', e164: '+16502530000', extension: '227' },
  { shape: 'tel phone-context', input: 'tel:7946-0958;phone-context=+44-20', e164: '+442079460958' },
  { shape: 'tel ext param', input: 'tel:+13178723000;ext=105', e164: '+13178723000', extension: '105' },
  { shape: 'label glued to number', input: 'Tel:020 7946 0958', defaultCountry: 'GB', e164: '+442079460958' },
  { shape: 'mobile label', input: 'Mob. 07400 123456', defaultCountry: 'GB', e164: '+447400123456' },
  { shape: 'german slash', input: '030/123456', defaultCountry: 'DE', e164: '+4930123456' },
  { shape: 'uk signature', input: 'T +44 (0)20 7946 0958 | M +44 (0)7400 123456', e164: '+442079460958' },
  {
    shape: 'japanese full-width hyphen',
    input: '０３－１２３４－５６７８',
    defaultCountry: 'JP',
    e164: '+81312345678',
  },
];

/**
 * Every corpus case: each hand-checked country's fixed and mobile number in every shape, every region of
 * the metadata in the shapes of region-shapes.ts, and the special cases.
 */
export function corpus(): CorpusCase[] {
  return [
    ...COUNTRIES.flatMap((facts) => [...shapesFor(facts, 'fixed'), ...shapesFor(facts, 'mobile')]),
    ...regionCases(),
    ...SPECIAL_CASES,
  ];
}
