import { REAL_PAGES } from '../test/corpus/real-pages/index.js';
import { report } from './measure.js';
import { percent, scoreRealPages } from './real-pages-score.js';
import { googleLibphonenumberFinder, libphonenumberJsFinder, softdialFinder } from './text-finders.js';
import type { TextFinder } from './text-finders.js';

const FINDERS: [string, TextFinder][] = [
  ['softdial', softdialFinder],
  ['libphonenumber-js findPhoneNumbersInText', libphonenumberJsFinder],
  ['google-libphonenumber (js candidates)', googleLibphonenumberFinder],
];

/** The three finders on text copied from real pages: first number, whole list, non-numbers offered. */
export function realPagesBenchmarks(): void {
  const countries = new Set(REAL_PAGES.map((snippet) => snippet.country)).size;
  const ambiguous = REAL_PAGES.filter((snippet) => snippet.ambiguous !== undefined).length;
  console.log(
    `real-pages corpus: ${REAL_PAGES.length} snippets (${ambiguous} ambiguous, unscored) from ${countries} countries; goal ≥ 97% whole list, 100% first, 0 non-numbers`,
  );
  for (const [name, finder] of FINDERS) {
    const score = scoreRealPages(finder, REAL_PAGES);
    report(
      `real pages: ${name}`,
      `whole ${percent(score.wholeRight, score.scored)}, first ${percent(score.firstRight, score.withNumbers)}`,
      `whole ${score.wholeRight}/${score.scored}, first ${score.firstRight}/${score.withNumbers}, non-numbers offered ${score.nonNumbers}, other wrong numbers ${score.otherWrong}`,
    );
  }
}
