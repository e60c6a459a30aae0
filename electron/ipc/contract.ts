import * as v from 'valibot';
import type { CallProgress } from '../core/dialing/call-progress.js';
import type { ExplainedError } from '../shared/explained-error.js';
import type { PhoneResult } from '../core/phone/types.js';
import type { CoreStatus } from '../core/softdial-core.js';
import type { ResolvedSettings } from '../core/settings/settings-store.js';
import type {
  Contact,
  ContactExport,
  ContactPage,
  DirectoryStatus,
  Favourite,
  ImportReport,
  PresenceChange,
  RecentCall,
  SearchResults,
  SearchResultsPush,
} from '../core/contacts/types.js';
import {
  ContactDraftSchema,
  ContactExportSchema,
  ContactIdSchema,
  ContactPageRequestSchema,
  ContactPageSchema,
  ContactSchema,
  ContactSourceSchema,
  DirectoryStatusSchema,
  ExportRequestSchema,
  FavouritesSchema,
  ImportReportSchema,
  ImportRequestSchema,
  NumberIdSchema,
  PresenceChangeSchema,
  RecentCallsSchema,
  RequestIdSchema,
  SearchQuerySchema,
  SearchResultsPushSchema,
  SearchResultsSchema,
  WatchedContactsSchema,
} from './contacts-schemas.js';
import {
  CallProgressSchema,
  ConversationIdSchema,
  DialIntentSchema,
  DialRequestedSchema,
  DialSuccessSchema,
  DialWaitingSchema,
  ExplainedErrorSchema,
  ParsedPhoneSchema,
  PhoneResultSchema,
  SettingsPatchSchema,
  SettingsViewSchema,
  StatusSchema,
} from './schemas.js';
import type { SettingsValuesSchema } from './schemas.js';

/**
 * The one contract between the core and the renderer: every invoke channel (renderer → core) with the
 * schemas of its arguments and of its value, and every push event (core → renderer) with its payload.
 * Electron IPC and the WebSocket of `softdial web` both carry exactly this.
 */
export const invokeChannels = {
  status: { args: [], value: StatusSchema },
  parse: { args: [v.pipe(v.string(), v.maxLength(100_000))], value: PhoneResultSchema },
  dial: { args: [DialIntentSchema], value: DialSuccessSchema },
  hangUp: { args: [ConversationIdSchema], value: CallProgressSchema },
  signIn: { args: [], value: v.null() },
  signOut: { args: [], value: v.object({ revoked: v.boolean() }) },
  storeClientSecret: {
    args: [v.pipe(v.string(), v.minLength(1, 'must not be empty'), v.maxLength(512, 'is too long'))],
    value: v.object({ storedIn: v.picklist(['keychain', 'memory']) }),
  },
  getSettings: { args: [], value: SettingsViewSchema },
  updateSettings: { args: [SettingsPatchSchema], value: SettingsViewSchema },
  ready: { args: [], value: v.null() },

  // Contacts: every source in one index; expected failures come back as { ok: false, error }.
  /** Searches every source as the agent types: local hits ranked at once; remote hits follow as `contactResults` pushes with the same requestId (answers to older requestIds are dropped). */
  searchContacts: { args: [SearchQuerySchema, RequestIdSchema], value: SearchResultsSchema },
  /** Pages through the known contacts in name order (the Directory tab), optionally of one source. */
  listContacts: { args: [ContactPageRequestSchema], value: ContactPageSchema },
  /** One contact by id, with its numbers, preferred number, favourite flag and presence if known. */
  getContact: { args: [ContactIdSchema], value: ContactSchema },
  /** The favourites (the tray's quick dials) in the agent's order. */
  listFavourites: { args: [], value: FavouritesSchema },
  /** Adds a contact (and optionally one of its numbers) at the end of the favourites; answers the new list. */
  addFavourite: {
    args: [v.strictObject({ contactId: ContactIdSchema, numberId: v.optional(NumberIdSchema) })],
    value: FavouritesSchema,
  },
  /** Removes a contact from the favourites; answers the new list. */
  removeFavourite: { args: [ContactIdSchema], value: FavouritesSchema },
  /** Puts the favourites in this order (every current favourite's contact id, once); answers the new list. */
  reorderFavourites: { args: [v.pipe(v.array(ContactIdSchema), v.maxLength(500))], value: FavouritesSchema },
  /** The recent calls, newest first (capped, persisted). */
  listRecents: { args: [], value: RecentCallsSchema },
  /** Forgets every recent call; answers the (empty) list. */
  clearRecents: { args: [], value: RecentCallsSchema },
  /** Remembers the number the agent chose for a contact (used by double-click, tray and dial by contact id). */
  setPreferredNumber: { args: [ContactIdSchema, NumberIdSchema], value: ContactSchema },
  /** Adds a local contact; every number is read with the default country (unreadable ones refused, named). */
  addContact: { args: [ContactDraftSchema], value: ContactSchema },
  /** Replaces a local contact's fields and numbers (only local contacts can be edited). */
  updateContact: { args: [ContactIdSchema, ContactDraftSchema], value: ContactSchema },
  /** Deletes a local contact (and its favourite entry). */
  deleteContact: { args: [ContactIdSchema], value: v.object({ deleted: v.boolean() }) },
  /** Imports a CSV or vCard file into the local contacts (dryRun: only the report); the list is untouched unless it succeeds. */
  importContacts: { args: [ImportRequestSchema], value: ImportReportSchema },
  /** Exports contacts (default: the local ones) as CSV or vCard text, for the window to save. */
  exportContacts: { args: [ExportRequestSchema], value: ContactExportSchema },
  /** Every source's state: off (with the permission or setting named), syncing with progress, ready. */
  directoryStatus: { args: [], value: DirectoryStatusSchema },
  /** Starts a directory sync now (resuming one that was cut); progress comes as `directoryStatus` pushes. */
  syncDirectory: { args: [], value: DirectoryStatusSchema },
  /** The contacts on screen whose presence should be kept fresh; changes come as `presenceChanged` pushes. */
  watchPresence: { args: [WatchedContactsSchema], value: v.null() },
} as const;

/** Every push event and its payload schema. */
export const pushEvents = {
  status: StatusSchema,
  callProgress: CallProgressSchema,
  dialRequested: DialRequestedSchema,
  dialWaiting: DialWaitingSchema,
  settingsChanged: SettingsViewSchema,
  /** Remote search results for a requestId, appended below what is shown. */
  contactResults: SearchResultsPushSchema,
  /** A source's sync state or progress changed. */
  directoryStatus: DirectoryStatusSchema,
  /** Contacts of these sources changed (sync done, import, edit): searches and pages should be asked again. */
  contactsChanged: v.object({ sources: v.array(ContactSourceSchema) }),
  /** The favourites changed (from any window, the tray or the CLI). */
  favouritesChanged: FavouritesSchema,
  /** The recent calls changed (a call was placed or ended, or the list was cleared). */
  recentsChanged: RecentCallsSchema,
  /** Presence of watched contacts changed; absent presence means unknown. */
  presenceChanged: v.array(PresenceChangeSchema),
} as const;

/** The name of an invoke channel (and of the preload function that invokes it). */
export type Method = keyof typeof invokeChannels;
/** The name of a push event. */
export type PushEvent = keyof typeof pushEvents;

type Contract = typeof invokeChannels;
type InputsOf<T extends readonly unknown[]> = {
  -readonly [K in keyof T]: T[K] extends v.GenericSchema ? v.InferInput<T[K]> : never;
};
/** The arguments of a method, as the renderer passes them. */
export type ArgsOf<M extends Method> = InputsOf<Contract[M]['args']>;
/** The value of a successful call. */
export type ValueOf<M extends Method> = v.InferOutput<Contract[M]['value']>;
/** A failure as it crosses the boundary: data, never a thrown error. */
export type Failure = { ok: false; error: ExplainedError; number?: v.InferOutput<typeof ParsedPhoneSchema> };
/** What every method returns. */
export type Result<M extends Method> = { ok: true; value: ValueOf<M> } | Failure;
/** The payload of a push event. */
export type PayloadOf<E extends PushEvent> = v.InferOutput<(typeof pushEvents)[E]>;

/** The API the preload exposes as `window.softdial` (and the WebSocket client provides in the browser). */
export type SoftdialApi = { [M in Method]: (...args: ArgsOf<M>) => Promise<Result<M>> } & {
  on<E extends PushEvent>(event: E, listener: (payload: PayloadOf<E>) => void): () => void;
};

/** The channel name on the wire for a method. */
export const channelOf = (method: Method): string => `softdial:${method}`;
/** The channel name on the wire for a push event. */
export const eventChannelOf = (event: PushEvent): string => `softdial:event:${event}`;

/** The schema of a method's whole result (value or failure), checked on the way out. */
export function resultSchema(method: Method): v.GenericSchema {
  return v.variant('ok', [
    v.object({ ok: v.literal(true), value: invokeChannels[method].value }),
    v.object({ ok: v.literal(false), error: ExplainedErrorSchema, number: v.optional(ParsedPhoneSchema) }),
  ]);
}

// Compile-time proof that the core's types fit the wire schemas.
type Fits<TCore, TWire> = TCore extends TWire ? true : false;
const proofs: [
  Fits<ExplainedError, v.InferOutput<typeof ExplainedErrorSchema>>,
  Fits<PhoneResult, v.InferOutput<typeof PhoneResultSchema>>,
  Fits<CallProgress, v.InferOutput<typeof CallProgressSchema>>,
  Fits<CoreStatus, v.InferOutput<typeof StatusSchema>>,
  Fits<ResolvedSettings['values'], v.InferOutput<typeof SettingsValuesSchema>>,
  Fits<Pick<ResolvedSettings, 'sources' | 'locked'>, Omit<v.InferOutput<typeof SettingsViewSchema>, 'values'>>,
  Fits<SearchResults, v.InferOutput<typeof SearchResultsSchema>>,
  Fits<SearchResultsPush, v.InferOutput<typeof SearchResultsPushSchema>>,
  Fits<Contact, v.InferOutput<typeof ContactSchema>>,
  Fits<ContactPage, v.InferOutput<typeof ContactPageSchema>>,
  Fits<Favourite[], v.InferOutput<typeof FavouritesSchema>>,
  Fits<RecentCall[], v.InferOutput<typeof RecentCallsSchema>>,
  Fits<ImportReport, v.InferOutput<typeof ImportReportSchema>>,
  Fits<ContactExport, v.InferOutput<typeof ContactExportSchema>>,
  Fits<DirectoryStatus, v.InferOutput<typeof DirectoryStatusSchema>>,
  Fits<PresenceChange, v.InferOutput<typeof PresenceChangeSchema>>,
] = [true, true, true, true, true, true, true, true, true, true, true, true, true, true, true, true];
void proofs;
