import { fireAndForget } from '../../../electron/shared/unexpected-errors.js';
import { looksLikeNumber } from './readings.js';

/** The groups results are shown in, in this order. */
export const GROUPS = ['favourites', 'recents', 'directory', 'external', 'local'] as const;
/** Where a contact comes from. */
export type Group = (typeof GROUPS)[number];

/** One number of a contact, with its label ("Work", "Mobile") and how it is shown. */
export interface ContactNumber {
  id: string;
  label: string;
  /** What is sent to dial: E.164 where known, else the number as stored. */
  dial: string;
  display: string;
}

/** A contact as the window lists it. */
export interface Contact {
  id: string;
  name: string;
  /** Organisation, title or department: the line under the name. */
  detail?: string;
  group: Group;
  numbers: ContactNumber[];
  /** Index of the number the agent chose as preferred. */
  preferred?: number;
  favourite: boolean;
}

/** A recent call as the Recents list shows it. */
export interface Recent {
  id: string;
  name?: string;
  dial: string;
  display: string;
  at: number;
  outcome: string;
  seconds?: number;
}

/** The lists the core says changed: contacts (sources synced, imported, edited), favourites, recent calls. */
export type ChangedList = 'contacts' | 'favourites' | 'recents';

/** Where contacts come from: the contract's contacts service, seen through this small port. */
export interface ContactsPort {
  /** Contacts matching the text, best first (ContactsState drops an answer a newer search overtook). */
  search(text: string): Promise<Contact[]>;
  /** The agent's favourites, in their order. */
  favourites(): Promise<Contact[]>;
  /** A page of the directory in name order from `offset`, with how many there are in all. */
  directory(offset: number): Promise<{ contacts: Contact[]; total: number }>;
  /** Recent calls, newest first (undefined where the source cannot say). */
  recents(): Promise<Recent[] | undefined>;
  /** Calls the listener with hits that arrive later for the latest search (remote sources). */
  onMore(listener: (contacts: Contact[]) => void): () => void;
  setFavourite(contact: Contact, favourite: boolean): Promise<void>;
  setPreferred(contact: Contact, index: number): Promise<void>;
  /** Keeps a number that is no contact yet (Favourite after a call) as a favourite. */
  favouriteNumber(dial: string, display: string): Promise<void>;
  /** Calls the listener with the list that may have changed (a sync finished, a favourite was added, a call). */
  onChanged(listener: (list: ChangedList) => void): () => void;
}

/**
 * The contacts the window shows: results for the box's text (a stale answer never replaces a newer
 * one), favourites and the directory for the empty box, and which option is selected.
 */
export class ContactsState {
  results = $state.raw<Contact[]>([]);
  favourites = $state.raw<Contact[]>([]);
  /** The directory as far as it is loaded: more pages come as the list nears its end. */
  directory = $state.raw<Contact[]>([]);
  /** How many contacts the directory holds in all. */
  directoryTotal = $state(0);
  /** Recent calls from the core, or undefined when it keeps none. */
  recents = $state.raw<Recent[] | undefined>(undefined);
  /** The text `results` answer. */
  answered = $state('');
  selected = $state(-1);
  private sequence = 0;
  private paging: Promise<void> | undefined;

  constructor(private readonly port: ContactsPort) {
    port.onChanged((list) => {
      fireAndForget(this.refresh(list), 'showing the changed contacts');
    });
    port.onMore((more) => {
      const shown = this.results.map((contact) => contact.id);
      this.results = [...this.results, ...more.filter((contact) => !shown.includes(contact.id))];
    });
  }

  /**
   * Loads the list that changed (all of them when none is named): a call reloads only the recents, not a
   * directory the agent has scrolled far into. Searches again, since ranking follows favourites and recents.
   */
  async refresh(list?: ChangedList): Promise<void> {
    const [favourites, directory, recents] = await Promise.all([
      !list || list === 'favourites' || list === 'contacts' ? this.port.favourites() : undefined,
      !list || list === 'contacts' ? this.reloadDirectory() : undefined,
      !list || list === 'recents' ? this.port.recents() : undefined,
    ]);
    if (directory) {
      this.directory = directory.contacts;
      this.directoryTotal = directory.total;
    }
    if (favourites) {
      this.favourites = favourites;
      // The directory's stars follow without asking for every page again.
      const starred = (contact: Contact) => favourites.some((favourite) => favourite.id === contact.id);
      if (this.directory.some((contact) => contact.favourite !== starred(contact)))
        this.directory = this.directory.map((contact) =>
          contact.favourite === starred(contact) ? contact : { ...contact, favourite: starred(contact) },
        );
    }
    if (!list || list === 'recents') this.recents = recents;
    if (this.answered !== '') await this.search(this.answered);
  }

  /** The directory again, page by page, as far as the agent had scrolled (so the list does not jump back). */
  private async reloadDirectory(): Promise<{ contacts: Contact[]; total: number }> {
    const wanted = Math.max(1, this.directory.length);
    const first = await this.port.directory(0);
    const contacts = [...first.contacts];
    while (contacts.length < Math.min(wanted, first.total)) {
      const page = await this.port.directory(contacts.length);
      if (page.contacts.length === 0) break;
      contacts.push(...page.contacts);
    }
    return { contacts, total: first.total };
  }

  /** Loads the next page of the directory, once at a time; nothing when all of it is loaded. */
  moreDirectory(): Promise<void> {
    if (this.paging || this.directory.length >= this.directoryTotal) return this.paging ?? Promise.resolve();
    const offset = this.directory.length;
    this.paging = this.port
      .directory(offset)
      .then((page) => {
        // A refresh meanwhile replaced the list: this page belongs to the old one.
        if (this.directory.length !== offset) return;
        this.directory = [...this.directory, ...page.contacts];
        this.directoryTotal = page.total;
      })
      .finally(() => (this.paging = undefined));
    return this.paging;
  }

  /**
   * Searches for the box's text; an empty text empties the results. A new name selects the first result; a
   * number selects none (Enter calls what was typed until the agent moves onto a contact); the same text asked
   * again (contacts or favourites changed) keeps the contact the agent had moved to.
   */
  async search(text: string): Promise<void> {
    const sequence = ++this.sequence;
    const query = text.trim();
    const results = query === '' ? [] : await this.port.search(query);
    if (sequence !== this.sequence) return;
    const kept = query === this.answered ? this.results[this.selected]?.id : undefined;
    const stillThere = kept === undefined ? -1 : results.findIndex((contact) => contact.id === kept);
    this.results = results;
    this.answered = query;
    this.selected = stillThere >= 0 ? stillThere : results.length > 0 && !looksLikeNumber(query) ? 0 : -1;
  }

  /** Moves the selection by `step`, staying inside the list. */
  move(step: number, length = this.results.length): void {
    if (length === 0) return;
    this.selected = Math.min(length - 1, Math.max(0, this.selected + step));
  }

  setFavourite(contact: Contact, favourite: boolean): Promise<void> {
    return this.port.setFavourite(contact, favourite);
  }

  /** Remembers the number the agent chose, and shows it at once in every list holding the contact. */
  async setPreferred(contact: Contact, index: number): Promise<void> {
    await this.port.setPreferred(contact, index);
    const prefer = (list: Contact[]) =>
      list.map((shown) => (shown.id === contact.id ? { ...shown, preferred: index } : shown));
    this.results = prefer(this.results);
    this.favourites = prefer(this.favourites);
    this.directory = prefer(this.directory);
  }

  favouriteNumber(dial: string, display: string): Promise<void> {
    return this.port.favouriteNumber(dial, display);
  }
}
