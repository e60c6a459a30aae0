import { E164_PATTERN } from '../../shared/e164.js';
import { notAQueueMember } from './assumed-refusals.js';
import { errorBody, json } from './http-kit.js';
import type { EmulatorRequest, EmulatorResponse } from './http-kit.js';
import type { EmulatedUser } from './org-model.js';
import type { Route } from './route.js';
import { jsonBody } from './route.js';
import type { EmulatedCall, EmulatorState, IssuedToken } from './state.js';

const DESTINATIONS = ['phoneNumber', 'callUserId', 'callQueueId', 'participants', 'conversationIds'] as const;

const malformed = (request: EmulatorRequest): EmulatorResponse =>
  errorBody(request, 400, 'bad.request', 'The request could not be understood by the server due to malformed syntax.');

const notFound = (request: EmulatorRequest, id: string): EmulatorResponse =>
  errorBody(request, 404, 'conversation.error.conversation.not.found', `Conversation ${id} not found.`);

/** The CreateCallRequest rules the documentation states, for the user who will place the call. */
function placeCall(request: EmulatorRequest, state: EmulatorState, user: EmulatedUser): EmulatorResponse {
  if (!(request.headers['content-type'] ?? '').startsWith('application/json'))
    return errorBody(request, 415, 'unsupported.media.type', 'Content-Type must be application/json.');
  const parsed = jsonBody(request);
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return malformed(request);
  const body = parsed as Record<string, unknown>;
  const destinations = DESTINATIONS.filter(
    (field) => body[field] !== undefined && !(Array.isArray(body[field]) && (body[field] as unknown[]).length === 0),
  );
  if (destinations.length > 1) {
    return errorBody(
      request,
      400,
      'too.many.create.conversation.parameters',
      `Only one of ${DESTINATIONS.join(', ')} may be given; got ${destinations.join(', ')}.`,
    );
  }
  if (destinations.length === 0)
    return errorBody(
      request,
      400,
      'bad.request',
      'No destination: set phoneNumber (E.164), callUserId or callQueueId.',
    );
  if (body['phoneNumber'] === undefined)
    return errorBody(request, 400, 'bad.request', 'The sandbox places calls to phoneNumber only.');
  const phoneNumber = body['phoneNumber'];
  const callee = state.org.users.find(
    (candidate) => candidate.extension !== undefined && candidate.extension === phoneNumber,
  );
  if (typeof phoneNumber !== 'string' || !(E164_PATTERN.test(phoneNumber) || callee)) {
    return errorBody(
      request,
      400,
      'invalid.value',
      `Value [${typeof phoneNumber === 'string' ? phoneNumber : JSON.stringify(phoneNumber)}] is not valid for field type [phoneNumber]. Allowable values are: E.164 numbers`,
      { details: [{ errorCode: 'invalid.value', fieldName: 'phoneNumber' }] },
    );
  }
  const callerId = body['callerId'];
  if (callerId !== undefined && (typeof callerId !== 'string' || !E164_PATTERN.test(callerId))) {
    return errorBody(
      request,
      400,
      'invalid.value',
      `Value [${typeof callerId === 'string' ? callerId : JSON.stringify(callerId)}] is not valid for field type [callerId].`,
      {
        details: [{ errorCode: 'invalid.value', fieldName: 'callerId' }],
      },
    );
  }
  const queueId = body['callFromQueueId'];
  if (
    queueId !== undefined &&
    (typeof queueId !== 'string' ||
      !state.org.queues.some((queue) => queue.id === queueId && queue.members.includes(user.id)))
  )
    return notAQueueMember(request, typeof queueId === 'string' ? queueId : JSON.stringify(queueId));
  if (!user.station)
    return errorBody(request, 400, 'conversation.error.no.user.station', 'A station is required to place a call.');
  if (!user.station.edgeActive)
    return errorBody(request, 500, 'providerapi.error.station.no.active.edge', 'The station has no active Edge.');
  const call = state.placeCall(user.id, phoneNumber, {
    ...(typeof callerId === 'string' ? { callerId } : {}),
    ...(typeof queueId === 'string' ? { queueId } : {}),
    ...(callee ? { calleeUserId: callee.id } : {}),
  });
  return json(200, { id: call.id, name: `Call to ${phoneNumber}`, selfUri: `/api/v2/conversations/calls/${call.id}` });
}

/** The {"state":"disconnected"} body both hang-ups take, or the answer refusing another. */
function disconnectBody(request: EmulatorRequest): EmulatorResponse | undefined {
  const body = jsonBody(request);
  if (body === undefined) return malformed(request);
  if (typeof body !== 'object' || body === null || (body as { state?: unknown }).state !== 'disconnected')
    return errorBody(request, 400, 'invalid.value', 'Only state "disconnected" is supported by the sandbox.');
  return undefined;
}

/** Whether the token's user takes part in the call (whole-call changes need an active participant). */
const isParticipant = (call: EmulatedCall, auth: IssuedToken): boolean => auth.userId === call.userId;

/** DTMF as Genesys takes it: 0-9, *, #, A-D and the comma pause (the SDK's Digits model is a free string). */
const DTMF = /^[0-9*#A-Da-d,]{1,64}$/;

/**
 * POST /api/v2/conversations/{id}/participants/{pid}/digits ("Sends DTMF to the participant"): which
 * participant to name is not spelled out, so either one of the call is accepted (both readings); the
 * digits are kept on the call for tests to read.
 */
function sendDigits(
  request: EmulatorRequest,
  state: EmulatorState,
  id: string,
  participantId: string,
): EmulatorResponse {
  const call = state.calls.get(id);
  if (!call) return notFound(request, id);
  if (participantId !== `${call.id}-agent` && participantId !== `${call.id}-customer`)
    return errorBody(request, 404, 'resource.not.found', `Participant ${participantId} is not in conversation ${id}.`);
  const body = jsonBody(request);
  const digits = typeof body === 'object' && body !== null ? (body as { digits?: unknown }).digits : undefined;
  if (typeof digits !== 'string' || !DTMF.test(digits))
    return errorBody(request, 400, 'invalid.value', 'digits must be DTMF: 0-9, *, #, A-D or a comma.', {
      details: [{ errorCode: 'invalid.value', fieldName: 'digits' }],
    });
  call.digits = `${call.digits ?? ''}${digits}`;
  return { status: 202 };
}

/** POST calls (agent and on-behalf), GET a call, both hang-ups and DTMF, refused where Genesys refuses them. */
export const callRoutes: readonly Route[] = [
  [
    'POST',
    /^\/api\/v2\/conversations\/([^/]+)\/participants\/([^/]+)\/digits$/,
    (request, state, _auth, [id = '', participantId = '']) => sendDigits(request, state, id, participantId),
  ],
  [
    'POST',
    /^\/api\/v2\/conversations\/calls$/,
    (request, state, auth) => {
      const user = state.user(auth.userId ?? '');
      return user ? placeCall(request, state, user) : errorBody(request, 404, 'not.found', 'User not found.');
    },
  ],
  [
    'POST',
    /^\/api\/v2\/conversations\/calls\/user\/([^/]+)$/,
    (request, state, _auth, [userId = '']) => {
      const user = state.user(userId);
      return user
        ? placeCall(request, state, user)
        : errorBody(request, 404, 'general.resource.not.found', `User ${userId} not found.`);
    },
  ],
  [
    'GET',
    /^\/api\/v2\/conversations\/calls\/([^/]+)$/,
    (request, state, _auth, [id = '']) => {
      const call = state.calls.get(id);
      return call ? json(200, state.conversation(call)) : notFound(request, id);
    },
  ],
  [
    'PATCH',
    /^\/api\/v2\/conversations\/calls\/([^/]+)$/,
    (request, state, auth, [id = '']) => {
      const call = state.calls.get(id);
      if (!call) return notFound(request, id);
      if (!isParticipant(call, auth))
        return errorBody(
          request,
          403,
          'conversation.error.forbidden.not.active.participant',
          'The user is not an active participant of this conversation.',
        );
      const refused = disconnectBody(request);
      if (refused) return refused;
      state.hangUp(call);
      return json(200, state.conversationModel(call));
    },
  ],
  [
    'PATCH',
    /^\/api\/v2\/conversations\/calls\/([^/]+)\/participants\/([^/]+)\/user\/([^/]+)$/,
    (request, state, _auth, [id = '', participantId = '', userId = '']) => {
      const call = state.calls.get(id);
      if (!call) return notFound(request, id);
      if (participantId !== `${call.id}-agent` || userId !== call.userId)
        return errorBody(
          request,
          404,
          'resource.not.found',
          `Participant ${participantId} of user ${userId} is not in conversation ${id}.`,
        );
      const refused = disconnectBody(request);
      if (refused) return refused;
      state.hangUp(call);
      return { status: 202 };
    },
  ],
];
