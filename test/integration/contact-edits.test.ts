import { describe, expect, it } from 'vitest';
import { harnessPerTest } from '../helpers/harness-per-test.js';
import { numberDialled } from '../helpers/number-dialled.js';
import { value } from '../helpers/outcome.js';

const startHarness = harnessPerTest();

describe('editing a local contact', () => {
  it('keeps the preferred number and a favourite on the number the agent chose, wherever the edit puts it', async () => {
    const harness = await startHarness();
    const contacts = harness.core.contacts;
    const alice = value(
      await contacts.add({
        name: 'Alice',
        numbers: [
          { label: 'Work', raw: '+1 650 555 0101' },
          { label: 'Mobile', raw: '+1 650 555 0199' },
        ],
      }),
    );
    value(await contacts.setPreferredNumber(alice.id, 'n2'));
    value(await contacts.addFavourite(alice.id, 'n2'));

    // Work removed, Mobile now first, a new Home number second: the ids follow the numbers, not the places.
    const edited = value(
      await contacts.update(alice.id, {
        name: 'Alice',
        numbers: [
          { label: 'Mobile', raw: '+1 650 555 0199' },
          { label: 'Home', raw: '+1 650 555 0777' },
        ],
      }),
    );
    expect(edited.numbers.map((number) => [number.id, number.e164])).toEqual([
      ['n2', '+16505550199'],
      ['n3', '+16505550777'],
    ]);
    expect(edited.preferredNumberId).toBe('n2');
    expect(await numberDialled(contacts, alice.id)).toBe('+16505550199');
    expect(value(await contacts.favourites())[0]?.number).toBe('+16505550199');
  });

  it('keeps an id the edit names, and forgets a preferred number the edit removed instead of dialling another', async () => {
    const harness = await startHarness();
    const contacts = harness.core.contacts;
    const bob = value(
      await contacts.add({
        name: 'Bob',
        numbers: [
          { label: 'Work', raw: '+1 650 555 0102' },
          { label: 'Mobile', raw: '+1 650 555 0103' },
          { label: 'Home', raw: '+1 650 555 0104' },
        ],
      }),
    );
    value(await contacts.setPreferredNumber(bob.id, 'n1'));
    value(await contacts.addFavourite(bob.id, 'n3'));

    // The agent corrects a digit of the Work number in place (the draft names its id) and deletes Home.
    const corrected = value(
      await contacts.update(bob.id, {
        name: 'Bob',
        numbers: [
          { id: 'n1', label: 'Work', raw: '+1 650 555 0112' },
          { label: 'Mobile', raw: '+1 650 555 0103' },
        ],
      }),
    );
    expect(corrected.numbers.map((number) => number.id)).toEqual(['n1', 'n2']);
    expect(await numberDialled(contacts, bob.id)).toBe('+16505550112');
    // The favourite's Home number is gone: it still calls the number it was kept with, never Work or Mobile.
    expect(value(await contacts.favourites())[0]?.number).toBe('+16505550104');

    // A new number never takes the id the favourite still names.
    const added = value(
      await contacts.update(bob.id, {
        name: 'Bob',
        numbers: [
          ...corrected.numbers.map(({ id, label, raw }) => ({ id, label, raw })),
          { label: 'Fax', raw: '+1 650 555 0105' },
        ],
      }),
    );
    expect(added.numbers.map((number) => number.id)).toEqual(['n1', 'n2', 'n4']);

    // Work removed: the preference is forgotten and the window asks, since two numbers remain.
    const without = value(
      await contacts.update(bob.id, {
        name: 'Bob',
        numbers: added.numbers.slice(1).map(({ id, label, raw }) => ({ id, label, raw })),
      }),
    );
    expect(without.preferredNumberId).toBeUndefined();
    expect(value(await contacts.favourites())[0]?.number).toBe('+16505550104');
  });

  it('never gives a number an import merges in the id a favourite still names', async () => {
    const harness = await startHarness({ env: { SOFTDIAL_DEFAULT_REGION: 'GB' } });
    const contacts = harness.core.contacts;
    const ada = value(
      await contacts.add({
        name: 'Ada',
        numbers: [
          { label: 'Work', raw: '+44 20 7946 0958' },
          { label: 'Mobile', raw: '+44 7700 900123' },
        ],
      }),
    );
    value(await contacts.addFavourite(ada.id, 'n2'));
    value(
      await contacts.update(ada.id, { name: 'Ada', numbers: [{ id: 'n1', label: 'Work', raw: '+44 20 7946 0958' }] }),
    );
    const file = 'Name,Work,Home\nAda Lovelace,+44 20 7946 0958,+44 20 7946 0111\n';
    const report = value(await contacts.importFile({ fileName: 'ada.csv', bytes: Buffer.from(file), dryRun: false }));
    expect(report.counts.merged).toBe(1);
    const merged = value(await contacts.get(ada.id));
    expect(merged.numbers.map((number) => [number.id, number.e164])).toEqual([
      ['n1', '+442079460958'],
      ['n3', '+442079460111'],
    ]);
    expect(value(await contacts.favourites())[0]?.number).toBe('+447700900123');
  });
});
