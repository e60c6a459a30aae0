import { chosenNumber, dialText, isDialable } from '../core/contacts/numbers.js';
import type { ContactNumber, Favourite, RecentCall } from '../core/contacts/types.js';

/** How many recent calls the tray offers to redial. */
export const TRAY_RECENTS = 5;

/** One number the tray can call. */
export interface TrayNumber {
  label: string;
  display: string;
  dial: string;
}

/** A favourite in the tray: one number to call at once, or several to choose from in a submenu. */
export interface TrayFavourite {
  name: string;
  numbers: TrayNumber[];
}

/** A recent call in the tray, named by its contact when it had one. */
export interface TrayRecent {
  label: string;
  dial: string;
}

/** One number of a contact as the tray offers it. */
const trayNumber = (number: ContactNumber): TrayNumber => ({
  label: number.label,
  display: number.reading?.international ?? number.raw,
  dial: dialText(number),
});

/**
 * The window's favourites as quick dials: the number the favourite was kept with, else the one the agent
 * chose for the contact, else (several dialable, none chosen) each of them, as the window would ask.
 */
export function trayFavourites(favourites: readonly Favourite[]): TrayFavourite[] {
  return favourites.map((favourite) => {
    const contact = favourite.contact;
    const asKept = {
      name: favourite.name,
      numbers: [{ label: '', display: favourite.number, dial: favourite.number }],
    };
    // Kept with a number: that number (the core resolves it into `number`, also after an edit moved it).
    if (favourite.numberId !== undefined) {
      const kept = contact?.numbers.find((number) => dialText(number) === favourite.number);
      return kept ? { name: favourite.name, numbers: [trayNumber(kept)] } : asKept;
    }
    const dialable = contact?.numbers.filter(isDialable) ?? [];
    const chosen = contact ? chosenNumber(contact.numbers, contact.preferredNumberId) : undefined;
    const numbers = chosen ? [chosen] : dialable;
    if (numbers.length === 0) return asKept;
    return {
      name: favourite.name,
      numbers: numbers.map(trayNumber),
    };
  });
}

/** The last distinct numbers called, newest first, as the Recents list has them, for "Redial …". */
export function trayRecents(recents: readonly RecentCall[]): TrayRecent[] {
  const seen = new Set<string>();
  const items: TrayRecent[] = [];
  for (const call of recents) {
    const dial = call.extension ? `${call.number};ext=${call.extension}` : call.number;
    if (seen.has(dial)) continue;
    seen.add(dial);
    const shown = call.international ?? call.number;
    items.push({ label: call.name ? `${call.name} (${shown})` : shown, dial });
    if (items.length === TRAY_RECENTS) break;
  }
  return items;
}
