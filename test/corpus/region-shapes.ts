import { group } from './group.js';
import { NON_GEOGRAPHIC, REGIONS } from './regions.js';
import type { RegionFacts } from './regions.js';
import { DIGIT_SCRIPTS, EXTENSION_WORDS, LABELS, inScript } from './scripts.js';
import { alternativeOfNational } from './expected.js';
import type { CorpusCase } from './expected.js';

/** National spellings that are not trunk + number: Argentina's mobiles are dialled 0 + area code + 15 + subscriber. */
const NATIONAL_SPELLINGS: Record<string, string> = { '+5491123456789': '011 15-2345-6789' };

/** The i-th item of a list, round and round, so every script, label and word is used by many regions. */
const nth = <T>(list: T[], i: number): T => {
  const item = list[i % list.length];
  if (item === undefined) throw new Error('empty list');
  return item;
};

/** The shapes one example number of a region is written in; expected values are concatenations of facts. */
function shapesOf(facts: RegionFacts, kind: 'fixed' | 'mobile', index: number): CorpusCase[] {
  const [region, cc, trunk, , fixed, mobile] = facts;
  const nsn = kind === 'fixed' ? fixed : mobile;
  const e164 = `+${cc}${nsn}`;
  const spaced = group(nsn);
  const national = NATIONAL_SPELLINGS[e164] ?? `${trunk}${spaced}`;
  const alternative = alternativeOfNational(national, trunk, e164);
  const nationalAlternative = alternative ? { alternative } : {};
  const script = nth(DIGIT_SCRIPTS, index * 2 + (kind === 'fixed' ? 0 : 1));
  const label = nth(LABELS, index + (kind === 'fixed' ? 0 : 7));
  const word = nth(EXTENSION_WORDS, index + (kind === 'fixed' ? 0 : 5));
  return [
    { shape: `${region} ${kind} international`, input: `+${cc} ${spaced}`, e164 },
    {
      shape: `${region} ${kind} international, ${script.name} digits`,
      input: inScript(`+${cc} ${spaced}`, script.zero),
      e164,
    },
    { shape: `${region} ${kind} national`, input: national, defaultCountry: region, e164, ...nationalAlternative },
    {
      shape: `${region} ${kind} national, ${script.name} digits`,
      input: inScript(national, script.zero),
      defaultCountry: region,
      e164,
      ...nationalAlternative,
    },
    {
      shape: `${region} ${kind} labelled "${label.written}", extension "${word.trim()}"`,
      input: `${label.written} +${cc} ${spaced}${word}45`,
      e164,
      extension: '45',
      label: label.label,
    },
    { shape: `${region} ${kind} tel link`, input: `tel:+${cc}-${group(nsn, '-')}`, e164 },
  ];
}

/** A number dialled from a region with that region's own international access code. */
function fromAccessCode(facts: RegionFacts, index: number): CorpusCase {
  const [region, , , accessCode] = facts;
  const target = nth(REGIONS, index + 1);
  const [, targetCode, , , targetFixed] = target;
  return {
    shape: `${region} access code ${accessCode} to ${target[0]}`,
    input: `${accessCode} ${targetCode} ${group(targetFixed)}`,
    defaultCountry: region,
    e164: `+${targetCode}${targetFixed}`,
  };
}

/** A signature with a region's fixed and mobile number, each labelled. */
function signature(facts: RegionFacts, index: number): CorpusCase {
  const [region, cc, , , fixed, mobile] = facts;
  const first = nth(LABELS, index + 3);
  const second = nth(LABELS, index + 11);
  return {
    shape: `${region} signature "${first.written}" and "${second.written}"`,
    input: `${first.written} +${cc} ${group(fixed)} | ${second.written} +${cc} ${group(mobile)}`,
    e164: `+${cc}${fixed}`,
    label: first.label,
    readings: [...new Set([`+${cc}${fixed}`, `+${cc}${mobile}`])],
  };
}

/** Every region of the metadata: fixed and mobile numbers in every shape, its access code, a signature. */
export function regionCases(): CorpusCase[] {
  const cases = REGIONS.flatMap((facts, index) => [
    ...shapesOf(facts, 'fixed', index),
    ...(facts[5] ? [...shapesOf(facts, 'mobile', index), signature(facts, index)] : []),
    ...(facts[3] ? [fromAccessCode(facts, index)] : []),
  ]);
  const nonGeographic = NON_GEOGRAPHIC.flatMap(([cc, nsn], index): CorpusCase[] => [
    { shape: `+${cc} international`, input: `+${cc} ${group(nsn)}`, e164: `+${cc}${nsn}` },
    {
      shape: `+${cc} international, ${nth(DIGIT_SCRIPTS, index).name} digits`,
      input: inScript(`+${cc} ${nsn}`, nth(DIGIT_SCRIPTS, index).zero),
      e164: `+${cc}${nsn}`,
    },
  ]);
  return [...cases, ...nonGeographic];
}
