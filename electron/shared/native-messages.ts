import * as v from 'valibot';

/** The longest text the extension may hand over to be read as a number (a selection, a link's target). */
export const MAX_DIAL_TEXT = 200;

/** What the extension may ask the app, through the native host: the app's state, or one dial. */
export const ExtensionRequestSchema = v.variant('type', [
  v.strictObject({ type: v.literal('status') }),
  v.strictObject({
    type: v.literal('dial'),
    text: v.pipe(v.string(), v.minLength(1, 'give the number to call'), v.maxLength(MAX_DIAL_TEXT)),
  }),
]);
/** One request of the extension, as the app receives it. */
export type ExtensionRequest = v.InferOutput<typeof ExtensionRequestSchema>;

/** Why the host or the app could not serve a request; the extension words each for the agent. */
export const EXTENSION_FAILURES = [
  'invalid_message',
  'too_large',
  'too_many',
  'app_not_running',
  'no_window',
  'app_failed',
] as const;
/** One of the closed set of failures the extension may be told about. */
export type ExtensionFailure = (typeof EXTENSION_FAILURES)[number];

/** The app's state as the popup shows it: running (it answered), signed in, ready to dial. */
const StatusReplySchema = v.strictObject({
  ok: v.literal(true),
  type: v.literal('status'),
  signedIn: v.boolean(),
  ready: v.boolean(),
  sandbox: v.boolean(),
  defaultCountry: v.optional(v.pipe(v.string(), v.regex(/^[A-Z]{2}$/))),
  summary: v.pipe(v.string(), v.maxLength(500)),
});

/** A dial handed to the app: shown there for confirmation, or dialled at once when the agent chose that. */
const DialReplySchema = v.strictObject({
  ok: v.literal(true),
  type: v.literal('dial'),
  confirmFirst: v.boolean(),
  summary: v.pipe(v.string(), v.maxLength(500)),
});

/** A request that was refused, with a closed code and a sentence for the agent. */
const FailureReplySchema = v.strictObject({
  ok: v.literal(false),
  error: v.strictObject({ code: v.picklist(EXTENSION_FAILURES), message: v.pipe(v.string(), v.maxLength(500)) }),
});

/** Every answer the extension may receive; anything else is a fault of the host, not news for the agent. */
export const ExtensionReplySchema = v.union([StatusReplySchema, DialReplySchema, FailureReplySchema]);
/** One answer to the extension. */
export type ExtensionReply = v.InferOutput<typeof ExtensionReplySchema>;

/** A refusal in the reply's shape. */
export const extensionFailure = (code: ExtensionFailure, message: string): ExtensionReply => ({
  ok: false,
  error: { code, message },
});
