import type { ContactNumber } from '../types.js';

/** Where a slot of the value table holds no number (no E.164 number is 0). */
const EMPTY = 0;

/**
 * Which contact of an import first had each number, so that duplicates merge into it. A plain E.164
 * number is kept as its value (at most 15 digits, exact in a double) in an open-addressing table of
 * typed arrays: a file of 100,000 distinct numbers is checked with about one memory read each, where a
 * Map of that size misses the cache several times per lookup. Numbers with an extension, and extensions
 * alone, are few and keyed by text in a Map.
 */
export class NumberOwners {
  private values = new Float64Array(1024);
  private owners = new Int32Array(1024);
  private used = 0;
  private readonly byText = new Map<string, number>();

  /** The index of the contact one of these numbers already belongs to, if any. */
  ownerOf(numbers: readonly ContactNumber[]): number | undefined {
    for (const number of numbers) {
      const owner = this.owner(number);
      if (owner !== undefined) return owner;
    }
    return undefined;
  }

  /** The index of the contact that had this number first, if any. */
  owner(number: ContactNumber): number | undefined {
    return number.extension === undefined ? this.ownerOfValue(valueOf(number)) : this.byText.get(textKey(number));
  }

  /** Records these numbers as the contact's at `index`, unless another contact had them first. */
  claim(numbers: readonly ContactNumber[], index: number): void {
    for (const number of numbers) {
      if (number.extension !== undefined) {
        const key = textKey(number);
        if (!this.byText.has(key)) this.byText.set(key, index);
      } else {
        const value = valueOf(number);
        if (value !== EMPTY) this.claimValue(value, index);
      }
    }
  }

  private ownerOfValue(value: number): number | undefined {
    if (value === EMPTY) return undefined;
    const slot = this.slotOf(value, this.values);
    return this.values[slot] === value ? this.owners[slot] : undefined;
  }

  private claimValue(value: number, index: number): void {
    const slot = this.slotOf(value, this.values);
    if (this.values[slot] === value) return;
    this.values[slot] = value;
    this.owners[slot] = index;
    if (++this.used * 2 > this.values.length) this.grow();
  }

  /** The slot holding `value`, else the empty slot where it would go (linear probing; the table is never full). */
  private slotOf(value: number, values: Float64Array): number {
    const mask = values.length - 1;
    // The low digits vary most between numbers; mixing both halves spreads consecutive numbers.
    let slot = (Math.imul((value % 4294967296) | 0, 0x9e3779b1) ^ Math.floor(value / 4294967296)) & mask;
    while (values[slot] !== EMPTY && values[slot] !== value) slot = (slot + 1) & mask;
    return slot;
  }

  /** Doubles the table, placing every value again, so that it stays at most half full. */
  private grow(): void {
    const { values, owners } = this;
    this.values = new Float64Array(values.length * 2);
    this.owners = new Int32Array(values.length * 2);
    values.forEach((value, slot) => {
      if (value === EMPTY) return;
      const at = this.slotOf(value, this.values);
      this.values[at] = value;
      this.owners[at] = owners[slot] ?? 0;
    });
  }
}

/**
 * A plain number's value: its E.164 digits as a number (a '+' and at most 15 digits, so exact), EMPTY when it
 * has none. Summed digit by digit: Number() takes a slow path for a text that starts with '+'.
 */
function valueOf(number: ContactNumber): number {
  const e164 = number.e164;
  if (e164 === undefined) return EMPTY;
  let value = 0;
  for (let at = 1; at < e164.length; at++) value = value * 10 + e164.charCodeAt(at) - 48;
  return value;
}

/** The text key of a number with an extension: its E.164 and extension, or the extension alone. */
const textKey = (number: ContactNumber): string =>
  number.e164 === undefined ? `x${number.extension ?? ''}` : `${number.e164};${number.extension ?? ''}`;
