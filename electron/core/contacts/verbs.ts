import type { Outcome } from '../../shared/outcome.js';
import type { ContactFileFormat, ContactSource } from '../../shared/contact-sets.js';
import type {
  Contact,
  ContactDraft,
  ContactExport,
  ContactPage,
  DirectoryStatus,
  Favourite,
  ImportReport,
  PresenceChange,
  RecentCall,
  SearchResults,
  SearchResultsPush,
} from './types.js';

/** What the contacts service tells the window about, unasked. */
export interface ContactEvents {
  results(push: SearchResultsPush): void;
  status(status: DirectoryStatus): void;
  changed(sources: ContactSource[]): void;
  favourites(list: Favourite[]): void;
  recents(list: RecentCall[]): void;
  presence(changes: PresenceChange[]): void;
}

/** Events for a listener that wants only some of them (the CLI, the bench, tests): the rest pass unheard. */
export function listeningTo(some: Partial<ContactEvents>): ContactEvents {
  const unheard = (): void => undefined;
  return {
    results: unheard,
    status: unheard,
    changed: unheard,
    favourites: unheard,
    recents: unheard,
    presence: unheard,
    ...some,
  };
}

/** The contacts verbs the contract, the CLI and the tray call; every expected failure is an Outcome. */
export interface ContactVerbs {
  search(query: string, requestId: string): Promise<Outcome<SearchResults>>;
  list(request: { source?: ContactSource; offset: number; limit: number }): Promise<Outcome<ContactPage>>;
  get(contactId: string): Promise<Outcome<Contact>>;
  favourites(): Promise<Outcome<Favourite[]>>;
  addFavourite(contactId: string, numberId?: string): Promise<Outcome<Favourite[]>>;
  removeFavourite(contactId: string): Promise<Outcome<Favourite[]>>;
  reorderFavourites(contactIds: string[]): Promise<Outcome<Favourite[]>>;
  recents(): Promise<Outcome<RecentCall[]>>;
  clearRecents(): Promise<Outcome<RecentCall[]>>;
  setPreferredNumber(contactId: string, numberId: string): Promise<Outcome<Contact>>;
  add(draft: ContactDraft): Promise<Outcome<Contact>>;
  update(contactId: string, draft: ContactDraft): Promise<Outcome<Contact>>;
  remove(contactId: string): Promise<Outcome<{ deleted: boolean }>>;
  importFile(file: {
    fileName: string;
    bytes: Uint8Array;
    format?: ContactFileFormat;
    dryRun: boolean;
  }): Promise<Outcome<ImportReport>>;
  exportContacts(request: { format: ContactFileFormat; sources?: ContactSource[] }): Promise<Outcome<ContactExport>>;
  status(): Promise<Outcome<DirectoryStatus>>;
  sync(): Promise<Outcome<DirectoryStatus>>;
  watchPresence(contactIds: string[]): Promise<Outcome<null>>;
}
