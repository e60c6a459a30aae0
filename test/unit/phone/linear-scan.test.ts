import { describe, expect, it } from 'vitest';
import { findNumbers } from '../../../electron/core/phone/find-number.js';
import type { WorkMeter } from '../../../electron/core/phone/work-meter.js';
import { ADVERSARIAL } from '../../corpus/adversarial.js';

const stepsFor = (text: string): number => {
  const meter: WorkMeter = { steps: 0 };
  findNumbers(text, meter);
  return meter.steps;
};

describe('finding numbers is linear in the length of the text', () => {
  it.each(Object.entries(ADVERSARIAL))('%s: eight times the text, about eight times the work', (_name, make) => {
    const small = stepsFor(make(2000));
    const large = stepsFor(make(16000));
    expect(small).toBeGreaterThan(0);
    expect(large / small).toBeLessThan(10);
    expect(large).toBeLessThan(8 * 16000);
  });
});
