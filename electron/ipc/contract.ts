import * as v from 'valibot';
import { SECRET_STORE_KINDS } from '../shared/closed-sets.js';
import type { ExplainedError } from '../shared/explained-error.js';
import type { Outcome } from '../shared/outcome.js';
import {
  CallProgressSchema,
  ConversationIdSchema,
  DialFailureSchema,
  DialIntentSchema,
  DialRequestedSchema,
  DialWaitingSchema,
  ExplainedErrorSchema,
  PhoneResultSchema,
  PlacedCallSchema,
  SettingsPatchSchema,
  SettingsViewSchema,
  StatusSchema,
} from './schemas.js';
import { MAX_CONTRACT_TEXT } from './web-socket-protocol.js';

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
  signIn: { args: [], value: v.null() },
  signOut: { args: [], value: v.object({ revoked: v.boolean() }) },
  storeClientSecret: {
    args: [v.pipe(v.string(), v.minLength(1, 'must not be empty'), v.maxLength(512, 'is too long'))],
    value: v.object({ storedIn: v.picklist(SECRET_STORE_KINDS) }),
  },
  getSettings: { args: [], value: SettingsViewSchema },
  updateSettings: { args: [SettingsPatchSchema], value: SettingsViewSchema },
  ready: { args: [], value: v.null() },
  /** Writes the diagnostics bundle (version, settings, doctor, recent redacted exchanges) into the data folder. */
  saveDiagnostics: { args: [], value: v.object({ file: v.string() }) },
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
