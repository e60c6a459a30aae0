import * as v from 'valibot';

/** A message from the browser over the WebSocket: one invoke of a contract method. */
export const ClientMessageSchema = v.strictObject({
  type: v.literal('invoke'),
  id: v.pipe(v.number(), v.integer(), v.minValue(0)),
  method: v.string(),
  args: v.array(v.unknown()),
});

/** A message from the core: the result of an invoke, or a push event. */
export type ServerMessage =
  { type: 'result'; id: number; result: unknown } | { type: 'event'; event: string; payload: unknown };
