import type { DialSource } from '../../shared/closed-sets.js';
import type { ExplainedError } from '../../shared/explained-error.js';
import type {
  ContactFileFormat,
  ContactSource,
  MatchKind,
  RecentOutcome,
  RoutingStatus,
  SourceState,
  SystemPresence,
} from '../../shared/contact-sets.js';

/** How softdial read one number of a contact, in short, for the list and the chooser. */
export interface NumberReading {
  international: string;
  national: string;
  country: string;
  type?: string;
  /** The interpretations a person might not expect ("Added +44 …"). */
  notes: readonly string[];
  /** Why the number could not be read (the contact is kept, this number is not dialable as is). */
  problem?: string;
}

/** One number of a contact: its label, what the source holds, and its reading. */
export interface ContactNumber {
  /** Stable within the contact (e.g. "WORK2", "cellPhone", "n1"). */
  id: string;
  /** For people: "Work", "Mobile", "Home", "Extension"… */
  label: string;
  /** The number exactly as the source holds it. */
  raw: string;
  e164?: string;
  extension?: string;
  /** Absent for an extension-only entry (dial the extension). */
  reading?: NumberReading;
}

/** What Genesys says about a user's availability; absent on a contact means unknown, never guessed. */
export interface Presence {
  systemPresence: SystemPresence;
  message?: string;
  routingStatus?: RoutingStatus;
  /** ISO time of the last change. */
  since?: string;
}

/** One contact from any source. */
export interface Contact {
  /** `user:<id>`, `external:<id>` or `local:<id>`; stable across syncs and restarts. */
  id: string;
  source: ContactSource;
  name: string;
  organization?: string;
  title?: string;
  department?: string;
  email?: string;
  numbers: ContactNumber[];
  /** The number chosen by the agent (remembered), else the only dialable one; absent when the agent must choose. */
  preferredNumberId?: string;
  favourite: boolean;
  presence?: Presence;
}

/** A contact as its source gives it, before the agent's choices (favourite, preferred number) and presence. */
export type BaseContact = Omit<Contact, 'favourite' | 'preferredNumberId' | 'presence'>;

/** Why a contact matched a search. */
export interface MatchInfo {
  kind: MatchKind;
  /** The field that matched: "name", "organization", "title", "email" or a number id. */
  field: string;
  /** The matched number's id, when the search matched digits. */
  numberId?: string;
}

/** One search result. */
export interface SearchHit {
  contact: Contact;
  match: MatchInfo;
}

/** A source's part in a search: answered, still searching remotely, or off with a reason. */
export interface SearchSourceNote {
  source: ContactSource;
  /** Remote results will follow as `contactResults` pushes with the same requestId. */
  pending: boolean;
  /** Results were cut (e.g. the 1,000-record cap on external contacts); say so. */
  cut?: string;
  off?: string;
}

/** The immediate answer to a search: everything known locally, ranked; remote hits follow as pushes. */
export interface SearchResults {
  requestId: string;
  query: string;
  hits: SearchHit[];
  sources: SearchSourceNote[];
}

/** Remote results arriving after the immediate answer; appended, never reordering what is shown. */
export interface SearchResultsPush {
  requestId: string;
  source: ContactSource;
  hits: SearchHit[];
  /** No more pushes for this source and requestId. */
  done: boolean;
  cut?: string;
  error?: ExplainedError;
}

/** A page of contacts in name order, for browsing the directory without a query. */
export interface ContactPage {
  total: number;
  offset: number;
  contacts: Contact[];
}

/** A quick-dial entry: a contact and optionally one of its numbers, in the agent's order. */
export interface Favourite {
  contactId: string;
  numberId?: string;
  name: string;
  /** The number the quick dial calls (E.164, or the raw text when it cannot be read). */
  number: string;
  /** The contact as known now; absent when its source no longer has it (the entry is kept). */
  contact?: Contact;
}

/** One call the agent placed or tried. */
export interface RecentCall {
  id: string;
  /** What was dialled (E.164 when read). */
  number: string;
  international?: string;
  extension?: string;
  contactId?: string;
  name?: string;
  /** Epoch milliseconds when the call was started. */
  at: number;
  source: DialSource;
  outcome: RecentOutcome;
  durationSeconds?: number;
  conversationId?: string;
}

/** A contact as the agent adds or edits it. */
export interface ContactDraft {
  name: string;
  organization?: string;
  title?: string;
  email?: string;
  /** A number may name its id (an edit of the contact's numbers), so that the agent's choices stay on it. */
  numbers: { id?: string; label: string; raw: string }[];
}

/** One line of an import report about a contact that was taken. */
export interface ImportedLine {
  line: number;
  name: string;
  numbers: string[];
  notes: string[];
}

/** What an import did: counts, what was imported, fixed, merged and refused (each with its line). */
export interface ImportReport {
  format: ContactFileFormat;
  encoding: string;
  separator?: string;
  dryRun: boolean;
  counts: { records: number; imported: number; fixed: number; merged: number; refused: number };
  imported: ImportedLine[];
  fixed: ImportedLine[];
  merged: { line: number; name: string; into: string }[];
  refused: { line: number; reason: string }[];
  /** Lists are capped; this says how many entries were left out of them (the counts are complete). */
  omitted: number;
}

/** An exported file, ready to save. */
export interface ContactExport {
  fileName: string;
  mimeType: string;
  content: string;
  count: number;
}

/** One source's sync state, for the status line and its progress bar. */
export interface SourceStatus {
  source: ContactSource;
  state: SourceState;
  /** Why the source is off or failed, naming the permission or setting when that is the cause. */
  reason?: string;
  permission?: string;
  count: number;
  lastSyncAt?: number;
  nextSyncAt?: number;
  progress?: { done: number; total?: number; pages: number };
  error?: ExplainedError;
}

/** Every source's state. */
export interface DirectoryStatus {
  sources: SourceStatus[];
}

/** A change of presence for a watched contact. */
export interface PresenceChange {
  contactId: string;
  presence?: Presence;
}
