import * as v from 'valibot';
import type { CallProgress } from '../core/dialing/call-progress.js';
import type { ExplainedError } from '../shared/explained-error.js';
import type { PhoneResult } from '../core/phone/types.js';
import type { CoreStatus } from '../core/softdial-core.js';
import type { ResolvedSettings } from '../core/settings/settings-store.js';
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
} as const;

/** Every push event and its payload schema. */
export const pushEvents = {
  status: StatusSchema,
  callProgress: CallProgressSchema,
  dialRequested: DialRequestedSchema,
  dialWaiting: DialWaitingSchema,
  settingsChanged: SettingsViewSchema,
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
] = [true, true, true, true, true, true];
void proofs;
