import * as v from 'valibot';
import { invokeChannels, pushEvents, resultSchema } from './contract.js';
import type { Method, PushEvent, Result, SoftdialApi } from './contract.js';
import { disconnectedError, invalidInput } from '../shared/boundary-errors.js';

/** How a renderer reaches the core: Electron IPC through the preload, or the WebSocket of `softdial web`. */
export interface Transport {
  invoke(method: Method, args: unknown[]): Promise<unknown>;
  subscribe(event: PushEvent, listener: (payload: unknown) => void): () => void;
}

/** Thrown by a transport for a call too large to carry (a big import over the WebSocket): refused, not sent. */
export class TooLargeError extends Error {
  override name = 'TooLargeError';
}

/** Thrown by a transport whose connection to the core is gone: the call fails at once, as `disconnected`. */
export class DisconnectedError extends Error {
  override name = 'DisconnectedError';
}

const disconnected = (method: Method): Result<Method> => ({ ok: false, error: disconnectedError(`(${method})`) });

const transportFailure = (method: Method, problem: string): Result<Method> => ({
  ok: false,
  error: {
    code: 'internal_error',
    title: 'softdial did not answer',
    detail: `${method}: ${problem}`,
    fix: ['Restart softdial; if it repeats, send the diagnostics to your admin.'],
    retryable: true,
  },
});

/**
 * Builds the renderer's API from a transport: one named function per method, cutting arguments to the
 * declared count, checking what comes back against the contract, and typed listeners for push events.
 */
export function createSoftdialApi(transport: Transport): SoftdialApi {
  const api: Record<string, unknown> = {};
  for (const method of Object.keys(invokeChannels) as Method[]) {
    const arity = invokeChannels[method].args.length;
    const schema = resultSchema(method);
    api[method] = async (...args: unknown[]) => {
      let answer: unknown;
      try {
        answer = await transport.invoke(method, args.slice(0, arity));
      } catch (error) {
        if (error instanceof DisconnectedError) return disconnected(method);
        if (error instanceof TooLargeError) return { ok: false, error: invalidInput(error.message) };
        return transportFailure(method, (error as Error).message);
      }
      const checked = v.safeParse(schema, answer);
      return checked.success ? checked.output : transportFailure(method, 'the answer did not match the contract');
    };
  }
  api['on'] = (event: PushEvent, listener: (payload: unknown) => void) => {
    if (!Object.hasOwn(pushEvents, event)) throw new Error(`"${event}" is not a softdial event`);
    const schema = pushEvents[event];
    return transport.subscribe(event, (payload) => {
      const checked = v.safeParse(schema, payload);
      if (checked.success) listener(checked.output);
    });
  };
  return api as SoftdialApi;
}
