import { readdir } from 'node:fs/promises';
import { LocalContacts } from '../../electron/core/contacts/local-contacts.js';
import { preferencesFile } from '../../electron/core/contacts/preferences.js';
import { Recents } from '../../electron/core/contacts/recents.js';
import { removeAbandonedTemporaryFiles } from '../../electron/core/files/json-file.js';
import { killAfterWrites } from './crash-safety.js';

const MODULES = new URL('../../dist/electron/core/contacts', import.meta.url).href;

/** Writes numbered in one round of kills; a file stamped outside its round is an old file come back. */
const ROUND = 1_000_000;

/**
 * A writer that saves the contacts, the favourites and the recents through the real core modules, as fast
 * as it can, each write stamped with its number n, and prints n when all three are on disk.
 */
const WRITER = `
const [base, folder, start] = [process.argv[1], process.argv[2], Number(process.argv[3])];
const { LocalContacts } = await import(base + '/local-contacts.js');
const { preferencesFile } = await import(base + '/preferences.js');
const { Recents } = await import(base + '/recents.js');
const local = new LocalContacts(folder);
const prefs = preferencesFile(folder);
const recents = new Recents(folder);
await Promise.all([local.load(), prefs.load(), recents.load()]);
const number = (i) => '+4420794609' + String(i % 100).padStart(2, '0');
for (let n = start; ; n++) {
  await local.replace(Array.from({ length: 50 }, (_, i) => ({ id: 'local:' + i, source: 'local', name: 'v' + n, numbers: [{ id: 'n1', label: 'Phone', raw: number(i) }] })));
  await prefs.save({ version: 1, favourites: Array.from({ length: 20 }, (_, i) => ({ contactId: 'local:' + i, name: 'v' + n, number: number(i) })), preferred: {} });
  await recents.add({ number: number(n), at: n, source: 'pad', outcome: 'placed' });
  process.stdout.write(n + '\\n');
}`;

/** The files the writer keeps. */
export const CONTACT_FILES = ['contacts', 'favourites', 'recents'] as const;

/** What a kill left in each file. */
export interface ContactKills {
  kills: number;
  corrupt: Record<(typeof CONTACT_FILES)[number], number>;
  leftovers: number;
}

/** Whether one stamp is a whole write no older than the last acknowledged one, and of this round. */
const current = (stamps: number[], acknowledged: number, round: number): boolean =>
  stamps.length > 0 &&
  stamps.every((stamp) => stamp === stamps[0]) &&
  (stamps[0] ?? -1) >= acknowledged &&
  (stamps[0] ?? -1) < (round + 1) * ROUND;

const stampOf = (name: string): number => (/^v\d+$/.test(name) ? Number(name.slice(1)) : -1);

/**
 * Kills the writer with SIGKILL at random moments, again and again; after each kill every file must load
 * through the core without a problem and hold the last acknowledged write or a later whole one.
 */
export async function killDuringContactWrites(folder: string, kills: number): Promise<ContactKills> {
  const corrupt = { contacts: 0, favourites: 0, recents: 0 };
  for (let round = 0; round < kills; round++) {
    const acknowledged = await killAfterWrites(
      WRITER,
      [MODULES, folder, String(round * ROUND)],
      1 + Math.floor(Math.random() * 4),
      Math.floor(Math.random() * 15),
    );
    const local = new LocalContacts(folder);
    const prefs = preferencesFile(folder);
    const recents = new Recents(folder);
    const [localProblem, prefsProblem, recentsProblem] = await Promise.all([
      local.load(),
      prefs.load(),
      recents.load(),
    ]);
    const contacts = local.list();
    if (
      localProblem ||
      contacts.length !== 50 ||
      !current(
        contacts.map((contact) => stampOf(contact.name)),
        acknowledged,
        round,
      )
    )
      corrupt.contacts++;
    const favourites = prefs.value.favourites;
    if (
      prefsProblem ||
      favourites.length !== 20 ||
      !current(
        favourites.map((favourite) => stampOf(favourite.name)),
        acknowledged,
        round,
      )
    )
      corrupt.favourites++;
    const calls = recents.list();
    const newestFirst = calls.every((call, index) => index === 0 || call.at < (calls[index - 1]?.at ?? 0));
    if (recentsProblem || !newestFirst || !current([calls[0]?.at ?? -1], acknowledged, round)) corrupt.recents++;
  }
  await removeAbandonedTemporaryFiles(folder);
  const leftovers = (await readdir(folder)).filter((name) => name.endsWith('.tmp')).length;
  return { kills, corrupt, leftovers };
}
