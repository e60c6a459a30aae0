import { describe, expect, it } from 'vitest';
import { scoreRealPages } from '../../../bench/real-pages-score.js';
import { softdialFinder } from '../../../bench/text-finders.js';
import { REAL_PAGES } from '../../corpus/real-pages/index.js';

/**
 * The goal of issue 22: on text copied from real pages, the whole list right (in order, each number once)
 * on at least 97% of the scored snippets, the first number on all of them, and no postal code, date, time
 * or year ever offered. The floor is what softdial reached when the corpus was written (251/305 whole lists,
 * 198/225 first numbers, 30 non-numbers offered), raised to what the round-three reader reads (302/305,
 * 223/225, none); raise it as the reader improves.
 */
const GOAL = { whole: 0.97, first: 1, nonNumbers: 0 };
const FLOOR = { whole: 0.99, first: 0.99, nonNumbers: 0 };

describe('softdial on the real-pages corpus', () => {
  const score = scoreRealPages(softdialFinder, REAL_PAGES);

  it('reads at least the floor it reached when the corpus was written (goal: ' + JSON.stringify(GOAL) + ')', () => {
    expect(score.scored).toBeGreaterThan(0);
    expect(score.wholeRight / score.scored, `wrong lists: ${score.wrong.join(', ')}`).toBeGreaterThanOrEqual(
      FLOOR.whole,
    );
    expect(score.firstRight / score.withNumbers).toBeGreaterThanOrEqual(FLOOR.first);
    expect(score.nonNumbers).toBeLessThanOrEqual(FLOOR.nonNumbers);
  });
});
