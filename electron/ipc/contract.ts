import * as v from 'valibot';
import { SECRET_STORE_KINDS } from '../shared/closed-sets.js';
import type { ExplainedError } from '../shared/explained-error.js';
import type { Outcome } from '../shared/outcome.js';
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
  AgentIdentitySchema,
  CallProgressSchema,
  ConversationIdSchema,
  DialFailureSchema,
  DialIntentSchema,
  DialRequestedSchema,
  DialWaitingSchema,
  DoctorReportSchema,
  ExplainedErrorSchema,
  PhoneResultSchema,
  PlacedCallSchema,
  QueueChoicesSchema,
  SettingsPatchSchema,
  SettingsViewSchema,
  StatusSchema,
  WindowErrorSchema,
} from './schemas.js';
import { MAX_CONTRACT_TEXT } from './web-socket-protocol.js';
import { WindowModeSchema } from './window-mode.js';
import { LANGUAGES, PSEUDO_LANGUAGE } from '../shared/i18n/languages.js';

/**
 * The one contract between the core and the renderer: every invoke channel (renderer → core) with the
 * schemas of its arguments, of its value and (when it is not a plain explained error) of its failure, and
 * every push event (core → renderer) with its payload. Electron IPC and the WebSocket of `softdial web`
 * both carry exactly this.
 */
export const invokeChannels = {
  status: { args: [], value: StatusSchema },
  parse: { args: [v.pipe(v.string(), v.maxLength(MAX_CONTRACT_TEXT))], value: PhoneResultSchema },
  dial: { args: [DialIntentSchema], value: PlacedCallSchema, error: DialFailureSchema },
  hangUp: { args: [ConversationIdSchema], value: CallProgressSchema },
  /** Cancels this window's dials that wait out a rate limit (they are not sent); says whether one was waiting. */
  cancelDial: { args: [], value: v.object({ cancelled: v.boolean() }) },
  signIn: { args: [], value: v.null() },
  signOut: { args: [], value: v.object({ revoked: v.boolean() }) },
  /** Who calls are placed as and where they ring (the identity bar's name and "Rings on"). */
  agentIdentity: { args: [], value: AgentIdentitySchema },
  storeClientSecret: {
    args: [v.pipe(v.string(), v.minLength(1, 'must not be empty'), v.maxLength(512, 'is too long'))],
    value: v.object({ storedIn: v.picklist(SECRET_STORE_KINDS) }),
  },
  getSettings: { args: [], value: SettingsViewSchema },
  updateSettings: { args: [SettingsPatchSchema], value: SettingsViewSchema },
  ready: { args: [], value: v.null() },
  /** Pins the desktop window on top and shrinks it to the compact bar (or back); remembered. The browser has no window to change. */
  setWindowMode: { args: [WindowModeSchema], value: v.null() },
  /** Quits the desktop app from the window's own menu (where no tray offers Quit); `softdial web` refuses it, its window hides the item. */
  quit: { args: [], value: v.null() },
  /** The window's language (its Settings choice, else the browser's or system's): the core words explanations and notes in it from now on. */
  setLanguage: { args: [v.picklist([...LANGUAGES, PSEUDO_LANGUAGE])], value: v.null() },

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
  /** Writes the diagnostics bundle (version, settings, doctor, recent redacted exchanges) into the data folder. */
  saveDiagnostics: { args: [], value: v.object({ file: v.string() }) },
  /** Runs the doctor's checks (configuration, keychain, token, user, station…), each with its fix, for Settings. */
  testConnection: { args: [], value: DoctorReportSchema },
  /** The queues the agent may place calls from, by name; refused (explained, naming the permission) when Genesys will not list them. */
  listQueues: { args: [], value: QueueChoicesSchema },
  /** An error nobody expected in the window, for the support log (redacted there); the window shows its own notice. */
  reportWindowError: { args: [WindowErrorSchema], value: v.null() },
} as const;

/** Every push event and its payload schema. */
export const pushEvents = {
  status: StatusSchema,
  callProgress: CallProgressSchema,
  dialRequested: DialRequestedSchema,
  dialWaiting: DialWaitingSchema,
  settingsChanged: SettingsViewSchema,
  /** Something broke inside softdial: the window says so; the details are in the log. */
  unexpectedError: ExplainedErrorSchema,
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
  /** The bring-forward hotkey was pressed: the window is in front, and the box takes the focus. */
  focusBox: v.null(),
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
/** The failure of a call: an explained error, which a dial extends with the reading it refused. */
export type ErrorOf<M extends Method> = Contract[M] extends { error: infer S extends v.GenericSchema }
  ? v.InferOutput<S>
  : ExplainedError;
/** What every method returns: its value or its failure, as data, never a thrown error. */
export type Result<M extends Method> = Outcome<ValueOf<M>, ErrorOf<M>>;
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

/** The schema of a method's failure. */
const errorSchemaOf = (method: Method): v.GenericSchema => {
  const channel = invokeChannels[method];
  return 'error' in channel ? channel.error : ExplainedErrorSchema;
};

/** The schema of a method's whole result (value or failure), checked on the way out and on the way in. */
export function resultSchema(method: Method): v.GenericSchema {
  return v.variant('ok', [
    v.object({ ok: v.literal(true), value: invokeChannels[method].value }),
    v.object({ ok: v.literal(false), error: errorSchemaOf(method) }),
  ]);
}
