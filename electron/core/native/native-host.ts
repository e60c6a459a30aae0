import * as v from 'valibot';
import { ExtensionRequestSchema, extensionFailure } from '../../shared/native-messages.js';
import type { ExtensionReply, ExtensionRequest } from '../../shared/native-messages.js';
import { describeIssues } from '../../shared/describe-issues.js';
import { fireAndForget } from '../../shared/unexpected-errors.js';
import { FrameDecoder, encodeFrame } from './framing.js';
import type { Frame } from './framing.js';
import { RateCap } from './rate-cap.js';

/** What the host needs: the browser's pipes, the way to the app, and time (for the rate cap). */
export interface NativeHostDeps {
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
  ask: (request: ExtensionRequest) => Promise<ExtensionReply>;
  /** Lets go of the input for good (the browser's pipe would otherwise keep the process alive). */
  release: () => void;
  now?: () => number;
}

/** At most this many requests per window: a person clicks a few numbers a minute, never dozens a second. */
export const HOST_RATE = { limit: 10, windowMs: 10_000 } as const;

/** Parses a frame's JSON, or undefined. */
function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** The answer to one frame: refused by size, rate or schema, or the app's own answer. */
async function answer(frame: Frame, cap: RateCap, ask: NativeHostDeps['ask']): Promise<ExtensionReply> {
  if (frame.kind === 'too_large')
    return extensionFailure(
      'too_large',
      `A message of ${frame.bytes} bytes was refused: the limit is a few kilobytes.`,
    );
  if (!cap.take()) return extensionFailure('too_many', 'Too many requests in a short time: wait a few seconds.');
  const parsed = v.safeParse(ExtensionRequestSchema, parseJson(frame.text));
  if (!parsed.success)
    return extensionFailure('invalid_message', `The request was refused: ${describeIssues(parsed.issues).join('; ')}`);
  return ask(parsed.output);
}

/**
 * `softdial native-host`: the browser's end of Native Messaging. Reads framed requests on stdin, checks
 * size, rate and shape, hands each to the running app, and writes each answer framed on stdout, in
 * order. It runs no shell and keeps nothing; it ends when the browser closes the pipe (or after a frame
 * too large to skip).
 */
export function runNativeHost(deps: NativeHostDeps): Promise<void> {
  const decoder = new FrameDecoder();
  const cap = new RateCap(HOST_RATE.limit, HOST_RATE.windowMs, deps.now ?? Date.now);
  let queue = Promise.resolve();
  return new Promise((resolve) => {
    const finish = (): void => {
      fireAndForget(queue.then(resolve), 'ending the native host');
    };
    deps.input.on('data', (chunk: Buffer | string) => {
      for (const frame of decoder.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk)) {
        queue = queue.then(async () => {
          deps.output.write(encodeFrame(await answer(frame, cap, deps.ask)));
        });
        if (frame.kind === 'too_large') {
          deps.input.removeAllListeners('data');
          deps.release();
          finish();
        }
      }
    });
    deps.input.once('end', finish);
    deps.input.once('close', finish);
  });
}
