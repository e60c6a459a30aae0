import { errorBody } from './http-kit.js';
import type { EmulatorRequest, EmulatorResponse } from './http-kit.js';

// Refusals whose exact shape no primary Genesys source shows. Each is the emulator's assumption, kept here
// in one place so a fact learned from a real org changes one line; docs/genesys.md names them. softdial's
// client reads them only by status and by the topic or field they name, never by these exact words.

/**
 * A subscription request holding a topic the caller may not subscribe, sent without `ignoreErrors=true`:
 * the whole request fails. Shape from Genesys's own streaming client tests (purecloudlabs/
 * genesys-cloud-streaming-client, test/unit/notifications.test.ts, PR #318); unconfirmed against a real org.
 */
export const refusedTopic = (request: EmulatorRequest, topic: string, missing: readonly string[]): EmulatorResponse =>
  errorBody(
    request,
    403,
    'notification.unauthorized.topic',
    `The user does not have permission "${missing.join(', ')}" required for topic "${topic}"`,
    { messageParams: { topic } },
  );

/** A topic Genesys does not know: no public source shows a code for it, so the generic one. */
export const invalidTopic = (request: EmulatorRequest, topic: string): EmulatorResponse =>
  errorBody(request, 400, 'bad.request', `The topic ${topic} is not valid.`, { messageParams: { topic } });

/** A call placed from a queue the user is not a member of (no public source gives this error). */
export const notAQueueMember = (request: EmulatorRequest, queueId: string): EmulatorResponse =>
  errorBody(request, 400, 'bad.request', `The user is not a member of queue ${queueId}, so cannot call from it.`, {
    details: [{ errorCode: 'not.a.member', fieldName: 'callFromQueueId' }],
  });

/** A QUERY_STRING search whose text holds its query language's syntax, e.g. `(` or `"` (the exact body is not public). */
export const queryStringRefused = (request: EmulatorRequest, value: string): EmulatorResponse =>
  errorBody(request, 400, 'bad.request', `The query string [${value}] could not be parsed.`);

/** How the socket of a channel removed by the 20-channel limit closes: the SDK documents no code, so a plain one. */
export const EVICTED_SOCKET_CLOSE = { code: 1000, reason: '' } as const;
