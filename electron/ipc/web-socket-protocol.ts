import * as v from 'valibot';

/** The longest text any contract argument may carry (the paste box's limit). */
export const MAX_CONTRACT_TEXT = 100_000;

/**
 * The largest WebSocket message the server reads: the longest contract text with every character
 * JSON-escaped (`\uXXXX`, six bytes each), plus room for the envelope and the other arguments.
 */
export const MAX_MESSAGE_BYTES = MAX_CONTRACT_TEXT * 6 + 64 * 1024;

/**
 * The most fragments one message may come in: a page sends each message whole, so a flood of tiny
 * fragments (which pins far more memory than its bytes) is cut off early.
 */
export const MAX_MESSAGE_FRAGMENTS = 256;

/** The close code that tells the page its launch token was refused: softdial was restarted with a new one. */
export const TOKEN_REFUSED = 4001;

/** A message from the browser over the WebSocket: one invoke of a contract method. */
export const ClientMessageSchema = v.strictObject({
  type: v.literal('invoke'),
  id: v.pipe(v.number(), v.integer(), v.minValue(0)),
  method: v.pipe(v.string(), v.maxLength(100)),
  args: v.array(v.unknown()),
});

/** A message from the core: the session it joined, the result of an invoke, or a push event. */
export type ServerMessage =
  | { type: 'hello'; session: string }
  | { type: 'result'; id: number; result: unknown }
  | { type: 'event'; event: string; payload: unknown };
