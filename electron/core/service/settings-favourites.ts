import { fail, ok } from '../../shared/outcome.js';
import type { Outcome } from '../../shared/outcome.js';
import type { SoftdialCore } from '../softdial-core.js';

/** What adopting the settings' quick dials did. */
export interface Adoption {
  /** Entries added as local contacts and favourites. */
  added: number;
  /** Entries already among the local contacts (adopted before): left as the agent keeps them. */
  present: number;
  /** Entries whose number could not be read, with the reason; they stay in the settings. */
  refused: string[];
  /** Whether the entries were removed from the agent's own settings file. */
  cleared: boolean;
}

const sameName = (a: string, b: string): boolean => a.trim().toLocaleLowerCase() === b.trim().toLocaleLowerCase();

/**
 * Older settings kept the tray's quick dials in `favourites` (name and number). They become local contacts
 * and favourites, so the tray and the window show one list the agent edits in one place. An entry already
 * present (same name, same number) is left alone: an agent who removed it from the favourites keeps it
 * removed, and an admin's preset list is adopted once per machine without duplicates. The agent's own
 * entries are then cleared from their settings file; the admin's stay in the policy.
 */
export async function adoptSettingsFavourites(core: SoftdialCore): Promise<Outcome<Adoption>> {
  const entries = core.settings.values.favourites ?? [];
  const adoption: Adoption = { added: 0, present: 0, refused: [], cleared: false };
  if (entries.length === 0) return ok(adoption);
  const page = await core.contacts.list({ source: 'local', offset: 0, limit: Number.MAX_SAFE_INTEGER });
  if (!page.ok) return page;
  for (const entry of entries) {
    const read = core.parse(entry.number);
    const dial = read.ok ? read.e164 : entry.number.trim();
    const present = page.value.contacts.some(
      (contact) =>
        sameName(contact.name, entry.name) &&
        contact.numbers.some((number) => (number.e164 ?? number.raw) === dial || number.raw === entry.number.trim()),
    );
    if (present) {
      adoption.present++;
      continue;
    }
    const added = await core.contacts.add({ name: entry.name, numbers: [{ label: 'Phone', raw: entry.number }] });
    if (!added.ok) {
      adoption.refused.push(`${entry.name} (${entry.number}): ${added.error.detail}`);
      continue;
    }
    const favourite = await core.contacts.addFavourite(added.value.id);
    if (!favourite.ok) return favourite;
    adoption.added++;
  }
  if (adoption.refused.length === 0 && core.settings.sources.favourites === 'user') {
    const cleared = await core.updateSettings({ favourites: null });
    if (!cleared.ok) return fail(cleared.error);
    adoption.cleared = true;
  }
  return ok(adoption);
}
