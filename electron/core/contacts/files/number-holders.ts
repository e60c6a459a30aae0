import { dialText } from '../numbers.js';
import type { ContactNumber } from '../types.js';
import { NumberOwners } from './number-owners.js';
import { personName, samePerson } from './same-person.js';
import type { PersonName } from './same-person.js';

/**
 * Which contacts of an import hold each number, so that a record is merged only into the same person.
 * A number belongs first to the contact that had it first (`NumberOwners`, fast for 100,000 distinct
 * numbers), which a record matches when samePerson says so; other people at the same number (a
 * switchboard) are kept beside it by the number and their folded name, which a record matches exactly.
 */
export class NumberHolders {
  private readonly owners = new NumberOwners();
  /** Each later holder of a shared number, by the number (its dial text), then the person's folded name. */
  private readonly byName = new Map<string, Map<string, number>>();
  /** The names of the holders compared so far, by their index. */
  private readonly names = new Map<number, PersonName>();

  /** `nameOf` gives the name of the contact at an index (it never changes once held). */
  constructor(private readonly nameOf: (index: number) => string) {}

  /** The contact that first had one of these numbers, if any. */
  firstHolderOf(numbers: readonly ContactNumber[]): number | undefined {
    return this.owners.ownerOf(numbers);
  }

  /** The contact holding one of these numbers under the same person's name, if any. */
  samePersonAs(person: PersonName, numbers: readonly ContactNumber[]): number | undefined {
    for (const number of numbers) {
      const first = this.owners.owner(number);
      if (first !== undefined && samePerson(this.nameAt(first).words, person.words)) return first;
      const later = this.byName.get(dialText(number))?.get(person.key);
      if (later !== undefined) return later;
    }
    return undefined;
  }

  /** Records the contact at `index` as the first to hold these numbers, which no contact holds yet. */
  holdNew(numbers: readonly ContactNumber[], index: number): void {
    this.owners.claim(numbers, index);
  }

  /**
   * Records the contact at `index` as holding these numbers, beside any contact that had one first; `person`
   * is its name as compared, when the caller has it already.
   */
  hold(numbers: readonly ContactNumber[], index: number, person?: PersonName): void {
    if (person) this.names.set(index, person);
    this.owners.claim(numbers, index);
    for (const number of numbers) {
      if (this.owners.owner(number) === index) continue;
      const text = dialText(number);
      const { key } = this.nameAt(index);
      const named = this.byName.get(text);
      if (!named) this.byName.set(text, new Map([[key, index]]));
      else if (!named.has(key)) named.set(key, index);
    }
  }

  private nameAt(index: number): PersonName {
    let name = this.names.get(index);
    if (!name) {
      name = personName(this.nameOf(index));
      this.names.set(index, name);
    }
    return name;
  }
}
