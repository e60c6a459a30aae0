import * as v from 'valibot';
import { DOT_SEGMENT_PROBLEM, contactIdIsDotSegment } from '../shared/path-ids.js';
import {
  CALL_PHASES,
  COUNTRY_SOURCES,
  DIAL_SOURCES,
  SECRET_STORE_KINDS,
  SETTING_SOURCES,
  SIGN_IN_MODES,
  UPDATE_POLICIES,
} from '../shared/closed-sets.js';
import { ERROR_CODES } from '../shared/explained-error.js';
import { MAX_INPUT_LENGTH, PHONE_ERROR_CODES, PHONE_NOTE_CODES } from '../shared/phone-codes.js';
import { DesktopStateSchema } from './desktop-state.js';

// Runtime schemas of every value that crosses between the core and the renderer. The core's own types
// are proved equal to them at compile time (see contract-proofs.ts), so the two cannot drift apart.

const text = v.string();
const exchange = v.object({
  method: v.picklist(['GET', 'POST', 'PUT', 'PATCH', 'DELETE']),
  url: v.string(),
  headers: v.record(v.string(), v.string()),
  body: v.optional(v.string()),
});

/** An explained failure, as the renderer shows it. */
export const ExplainedErrorSchema = v.object({
  code: v.picklist(ERROR_CODES),
  title: text,
  detail: text,
  fix: v.array(text),
  httpStatus: v.optional(v.number()),
  genesysCode: v.optional(text),
  correlationId: v.optional(text),
  retryable: v.boolean(),
  retryAfterSeconds: v.optional(v.number()),
  callMayHaveBeenPlaced: v.optional(v.boolean()),
  request: v.optional(exchange),
  response: v.optional(v.object({ status: v.number(), headers: v.record(v.string(), v.string()), body: v.string() })),
});

const NoteSchema = v.object({ code: v.picklist(PHONE_NOTE_CODES), message: text });

/** One number of a text, as read. */
const NumberReadingSchema = v.object({
  e164: text,
  extension: v.optional(text),
  label: v.optional(text),
  country: text,
  countryName: text,
  national: text,
  international: text,
  type: v.optional(text),
  notes: v.array(NoteSchema),
  alternative: v.optional(
    v.object({ e164: text, country: text, countryName: text, international: text, message: text }),
  ),
  confirm: v.boolean(),
});

/** A number as read (with every number the text holds), or why it could not be. */
export const PhoneResultSchema = v.variant('ok', [
  v.object({
    ...NumberReadingSchema.entries,
    ok: v.literal(true),
    input: text,
    readings: v.array(NumberReadingSchema),
  }),
  v.object({
    ok: v.literal(false),
    input: text,
    error: v.object({ code: v.picklist(PHONE_ERROR_CODES), message: text }),
  }),
]);

/** A successful read of a number. */
export const ParsedPhoneSchema = PhoneResultSchema.options[0];

/** A call's progress. */
export const CallProgressSchema = v.object({
  conversationId: text,
  phase: v.picklist(CALL_PHASES),
  /** The participant state exactly as Genesys sent it (e.g. "terminated", "parked"). */
  state: v.optional(text),
  address: v.optional(text),
  disconnectType: v.optional(text),
  problem: v.optional(text),
});

/** Where every dial comes from. */
export const DialSourceSchema = v.picklist(DIAL_SOURCES);

/**
 * The number the agent saw before dialling: E.164 (or the digits of a short code or an internal extension) and
 * the extension; null when the window read the text as no number. The core refuses a dial that reads otherwise.
 */
export const SeenReadingSchema = v.nullable(
  v.strictObject({
    e164: v.pipe(
      v.string(),
      v.regex(/^(?:\+[1-9]\d{6,14}|\d{1,20})$/, 'must be a number in E.164 (+ and digits) or a short code'),
    ),
    extension: v.optional(v.pipe(v.string(), v.maxLength(40, 'must be at most 40 characters'))),
  }),
);

/** What the renderer asks to dial: a text or a contact, from a source, confirmed or not, with what the agent saw. */
export const DialIntentSchema = v.pipe(
  v.strictObject({
    text: v.optional(
      v.pipe(v.string(), v.maxLength(MAX_INPUT_LENGTH, `must be at most ${MAX_INPUT_LENGTH} characters`)),
    ),
    contactId: v.optional(
      v.pipe(
        v.string(),
        v.maxLength(200),
        v.check((contactId) => !contactIdIsDotSegment(contactId), DOT_SEGMENT_PROBLEM),
      ),
    ),
    source: DialSourceSchema,
    confirmed: v.optional(v.boolean()),
    expect: v.optional(SeenReadingSchema),
  }),
  v.check(
    (intent) => (intent.text === undefined) !== (intent.contactId === undefined),
    'give either text or contactId',
  ),
);

/** A placed call. */
export const PlacedCallSchema = v.object({
  conversationId: v.optional(text),
  endpoint: text,
  asUserId: v.optional(text),
  body: v.object({
    phoneNumber: text,
    callerId: v.optional(text),
    callerIdName: v.optional(text),
    callFromQueueId: v.optional(text),
  }),
  number: ParsedPhoneSchema,
  shared: v.boolean(),
  dryRun: v.boolean(),
});

/** A refused dial: the explanation, with the reading when the number was read (to show it for a look). */
export const DialFailureSchema = v.object({ ...ExplainedErrorSchema.entries, number: v.optional(ParsedPhoneSchema) });

/** What the renderer may know about the connection (never a token). */
export const StatusSchema = v.object({
  sandbox: v.boolean(),
  mode: v.optional(v.picklist(SIGN_IN_MODES)),
  region: v.optional(text),
  onBehalfOfUserId: v.optional(text),
  token: v.object({
    hasToken: v.boolean(),
    expiresAt: v.optional(v.number()),
    renewsAt: v.optional(v.number()),
    /** When the agent's sign-in ends (it cannot be renewed silently): "Your Genesys sign-in ends at 17:30". */
    signInEndsAt: v.optional(v.number()),
  }),
  keychain: v.object({ kind: v.picklist(SECRET_STORE_KINDS), problem: v.optional(text) }),
  defaultCountry: v.object({
    country: v.optional(text),
    source: v.picklist(COUNTRY_SOURCES),
  }),
  configurationError: v.optional(ExplainedErrorSchema),
  /** Live call progress and presence are paused (softdial polls slowly instead), and why: e.g. the 20-channel limit. */
  liveUpdatesPaused: v.optional(ExplainedErrorSchema),
  warnings: v.array(text),
  errors: v.array(text),
});

const seconds = v.number();

/** The values of every setting as the renderer reads them (the core's own schema checks each change again). */
export const SettingsValuesSchema = v.object({
  region: v.optional(text),
  mode: v.optional(v.picklist(['agent', 'client-credentials'])),
  clientId: v.optional(text),
  userId: v.optional(text),
  defaultCountry: v.optional(text),
  callerId: v.optional(text),
  callerIdName: v.optional(text),
  callFromQueueId: v.optional(text),
  dialGuardSeconds: seconds,
  redirectPort: v.number(),
  redirectPath: text,
  requestTimeoutSeconds: seconds,
  confirmExternalDials: v.boolean(),
  hotkey: text,
  focusHotkey: text,
  startAtLogin: v.boolean(),
  startInTray: v.boolean(),
  favourites: v.optional(v.array(v.object({ name: text, number: text }))),
  directoryMaxUsers: v.number(),
  directoryRefreshHours: v.number(),
  externalContactsScan: v.boolean(),
  handleLinks: v.optional(v.boolean()),
  updates: v.picklist(UPDATE_POLICIES),
  updateFeedUrl: v.optional(text),
  updateChannel: text,
});

/** The name of one setting, as the renderer names it. */
export type SettingName = keyof typeof SettingsValuesSchema.entries;
/** Every setting's name. */
export const SETTING_NAMES = Object.keys(SettingsValuesSchema.entries) as SettingName[];

/** Where a setting's value came from. */
export const SettingSourceSchema = v.picklist(SETTING_SOURCES);

/** The settings in force, where each came from and which are locked. */
export const SettingsViewSchema = v.object({
  values: SettingsValuesSchema,
  sources: v.object(
    Object.fromEntries(SETTING_NAMES.map((name) => [name, v.optional(SettingSourceSchema)])) as {
      [K in SettingName]: v.OptionalSchema<typeof SettingSourceSchema, undefined>;
    },
  ),
  locked: v.array(v.picklist(SETTING_NAMES)),
  /** Desktop app only: whether the hotkey, link handling and start at login took (absent in the browser). */
  desktop: v.optional(DesktopStateSchema),
});

/** One readiness check of "Test connection" (the doctor's): what was found and, when it failed, the fix. */
const CheckSchema = v.object({
  name: text,
  ok: v.boolean(),
  detail: text,
  fix: v.optional(v.array(text)),
  warning: v.optional(v.boolean()),
  endpoint: v.optional(v.object({ method: v.picklist(['GET', 'POST']), path: text, permissions: v.array(text) })),
});

/** The doctor's verdict: every check in order, and whether dialling can work. */
export const DoctorReportSchema = v.object({ ready: v.boolean(), checks: v.array(CheckSchema) });

/** The queues the agent may call from, each named. */
export const QueueChoicesSchema = v.array(v.object({ id: text, name: text }));

/** A number to dial that arrived from outside the window (tray, link, hotkey), with its reading, for the preview. */
export const DialRequestedSchema = v.object({
  text,
  source: DialSourceSchema,
  reading: PhoneResultSchema,
  confirmFirst: v.boolean(),
});

/** A wait Genesys asked for (Retry-After), for a countdown. */
export const DialWaitingSchema = v.object({ seconds: v.number(), reason: text });

/** A conversation id as the renderer passes it back. */
export const ConversationIdSchema = v.pipe(v.string(), v.regex(/^[\w-]{1,100}$/, 'must be a conversation id'));

/**
 * A settings change: each named setting's new value, or null to clear the user's own value. Only the
 * shape is checked here; the core's own schema checks each value and names the fix.
 */
export const SettingsPatchSchema = v.strictObject(
  Object.fromEntries(
    SETTING_NAMES.map((name) => [name, v.optional(v.nullable(SettingsValuesSchema.entries[name]))]),
  ) as {
    [K in SettingName]: v.OptionalSchema<
      v.NullableSchema<(typeof SettingsValuesSchema.entries)[K], undefined>,
      undefined
    >;
  },
);

/** Who calls are placed as and where they ring (a named phone, none, or unknown with why), for the identity bar. */
export const AgentIdentitySchema = v.object({
  userId: text,
  name: v.optional(text),
  station: v.variant('state', [
    v.object({ state: v.literal('ready'), name: text }),
    v.object({ state: v.literal('none') }),
    v.object({ state: v.literal('unknown'), reason: text }),
  ]),
});

/** An error nobody expected in the window, as it reports it for the support log: where, and the error's own words. */
export const WindowErrorSchema = v.strictObject({
  where: v.pipe(v.string(), v.maxLength(200)),
  name: v.pipe(v.string(), v.maxLength(100)),
  message: v.pipe(v.string(), v.maxLength(2000)),
  stack: v.optional(v.pipe(v.string(), v.maxLength(8000))),
});
