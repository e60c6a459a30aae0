import { explainCode } from '../explain/catalog.js';
import { fail } from '../../shared/outcome.js';
import type { ContactEvents, ContactVerbs } from './verbs.js';

const notYet = async () => fail(explainCode('internal_error', 'Contacts are not available in this build yet.'));

/** The contacts service: every source, the index, favourites and recents, behind the contract's verbs. */
export class ContactsService implements ContactVerbs {
  private readonly listeners = new Map<object, ContactEvents>();

  /** Adds a receiver of events, once per key (a transport's push sink), however often handlers are built. */
  attach(key: object, events: ContactEvents): void {
    this.listeners.set(key, events);
  }

  search = notYet;
  list = notYet;
  get = notYet;
  favourites = notYet;
  addFavourite = notYet;
  removeFavourite = notYet;
  reorderFavourites = notYet;
  recents = notYet;
  clearRecents = notYet;
  setPreferredNumber = notYet;
  add = notYet;
  update = notYet;
  remove = notYet;
  importFile = notYet;
  exportContacts = notYet;
  status = notYet;
  sync = notYet;
  watchPresence = notYet;
}
