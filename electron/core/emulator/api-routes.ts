import { errorBody, json } from './http-kit.js';
import type { EmulatorRequest, EmulatorResponse } from './http-kit.js';
import type { EmulatedExternalContact, EmulatedUser } from './org-model.js';
import type { EmulatorState, IssuedToken } from './state.js';
import { E164_PATTERN } from '../../shared/e164.js';

type Handler = (
  request: EmulatorRequest,
  state: EmulatorState,
  auth: IssuedToken,
  params: string[],
) => EmulatorResponse;

const DESTINATIONS = ['phoneNumber', 'callUserId', 'callQueueId', 'participants', 'conversationIds'] as const;
const DIAL_PERMISSION = 'conversation:call:add';
const ON_BEHALF_PERMISSIONS = ['conversation:agentlessCall:add', 'conversation:call:add'];

/** A user as the directory shows it. */
function userView(user: EmulatedUser): Record<string, unknown> {
  const contact = { address: user.phone, display: user.phone, mediaType: 'PHONE', type: 'WORK' };
  return {
    id: user.id,
    name: user.name,
    email: user.email,
    state: 'active',
    addresses: [contact],
    primaryContactInfo: [{ address: user.email, mediaType: 'EMAIL', type: 'PRIMARY' }, contact],
  };
}

/** An external contact as the API shows it. */
function externalContactView(contact: EmulatedExternalContact): Record<string, unknown> {
  const phone = (e164?: string) => (e164 ? { display: e164, e164 } : undefined);
  return {
    id: contact.id,
    firstName: contact.firstName,
    lastName: contact.lastName,
    workPhone: phone(contact.workPhone),
    cellPhone: phone(contact.cellPhone),
    externalOrganization: { name: contact.company },
  };
}

/** A field's value as Genesys quotes it back in an error message: a string as is, anything else as JSON. */
const shown = (value: unknown): string => (typeof value === 'string' ? value : JSON.stringify(value));

/** One page of a list, as Genesys pages entities. */
function page(request: EmulatorRequest, items: unknown[]): Record<string, unknown> {
  const pageSize = Math.min(500, Math.max(1, Number(request.url.searchParams.get('pageSize') ?? 25) || 25));
  const pageNumber = Math.max(1, Number(request.url.searchParams.get('pageNumber') ?? 1) || 1);
  const pageCount = Math.max(1, Math.ceil(items.length / pageSize));
  return {
    entities: items.slice((pageNumber - 1) * pageSize, pageNumber * pageSize),
    pageSize,
    pageNumber,
    total: items.length,
    pageCount,
  };
}

const missingPermission = (request: EmulatorRequest, permissions: string[]): EmulatorResponse =>
  errorBody(
    request,
    403,
    'missing.any.permissions',
    `Unable to perform the requested action. You are missing the following permission(s): [${permissions.join(', ')}]`,
    {
      messageParams: { permissions: permissions.join(', ') },
    },
  );

/** The CreateCallRequest rules the documentation states, for the user who will place the call. */
function placeCall(request: EmulatorRequest, state: EmulatorState, user: EmulatedUser): EmulatorResponse {
  if (!(request.headers['content-type'] ?? '').startsWith('application/json')) {
    return errorBody(request, 415, 'unsupported.media.type', 'Content-Type must be application/json.');
  }
  let body: Record<string, unknown>;
  try {
    const parsed: unknown = JSON.parse(request.body);
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new Error('not an object');
    body = parsed as Record<string, unknown>;
  } catch {
    return errorBody(
      request,
      400,
      'bad.request',
      'The request could not be understood by the server due to malformed syntax.',
    );
  }
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
  if (typeof phoneNumber !== 'string' || !E164_PATTERN.test(phoneNumber)) {
    return errorBody(
      request,
      400,
      'invalid.value',
      `Value [${shown(phoneNumber)}] is not valid for field type [phoneNumber]. Allowable values are: E.164 numbers`,
      { details: [{ errorCode: 'invalid.value', fieldName: 'phoneNumber' }] },
    );
  }
  const callerId = body['callerId'];
  if (callerId !== undefined && (typeof callerId !== 'string' || !E164_PATTERN.test(callerId))) {
    return errorBody(
      request,
      400,
      'invalid.value',
      `Value [${shown(callerId)}] is not valid for field type [callerId].`,
      { details: [{ errorCode: 'invalid.value', fieldName: 'callerId' }] },
    );
  }
  if (!user.permissions.includes(DIAL_PERMISSION)) return missingPermission(request, [DIAL_PERMISSION]);
  if (!user.station)
    return errorBody(request, 400, 'conversation.error.no.user.station', 'A station is required to place a call.');
  if (!user.station.edgeActive)
    return errorBody(request, 500, 'providerapi.error.station.no.active.edge', 'The station has no active Edge.');
  const call = state.placeCall(user.id, phoneNumber, typeof callerId === 'string' ? callerId : undefined);
  return json(200, { id: call.id, name: `Call to ${phoneNumber}`, selfUri: `/api/v2/conversations/calls/${call.id}` });
}

const routes: [string, RegExp, Handler][] = [
  [
    'POST',
    /^\/api\/v2\/conversations\/calls$/,
    (request, state, auth) => {
      if (auth.kind !== 'user' || !auth.userId) {
        return errorBody(
          request,
          400,
          'not.a.user',
          'This request requires a user context. Client credentials cannot be used for requests to this resource.',
        );
      }
      const user = state.user(auth.userId);
      return user ? placeCall(request, state, user) : errorBody(request, 404, 'not.found', 'User not found.');
    },
  ],
  [
    'POST',
    /^\/api\/v2\/conversations\/calls\/user\/([^/]+)$/,
    (request, state, auth, [userId = '']) => {
      const permissions =
        auth.kind === 'client'
          ? (state.client(auth.clientId)?.permissions ?? [])
          : (state.user(auth.userId ?? '')?.permissions ?? []);
      if (!ON_BEHALF_PERMISSIONS.some((permission) => permissions.includes(permission)))
        return missingPermission(request, ON_BEHALF_PERMISSIONS);
      const user = state.user(decodeURIComponent(userId));
      return user ? placeCall(request, state, user) : errorBody(request, 404, 'not.found', `User ${userId} not found.`);
    },
  ],
  [
    'GET',
    /^\/api\/v2\/conversations\/calls\/([^/]+)$/,
    (request, state, _auth, [id = '']) => {
      const call = state.calls.get(id);
      return call
        ? json(200, state.conversation(call))
        : errorBody(request, 404, 'not.found', `Conversation ${id} not found.`);
    },
  ],
  [
    'PATCH',
    /^\/api\/v2\/conversations\/calls\/([^/]+)$/,
    (request, state, _auth, [id = '']) => {
      const call = state.calls.get(id);
      if (!call) return errorBody(request, 404, 'not.found', `Conversation ${id} not found.`);
      let body: unknown;
      try {
        body = JSON.parse(request.body);
      } catch {
        return errorBody(
          request,
          400,
          'bad.request',
          'The request could not be understood by the server due to malformed syntax.',
        );
      }
      if ((body as { state?: unknown } | null)?.state !== 'disconnected')
        return errorBody(request, 400, 'invalid.value', 'Only state "disconnected" is supported by the sandbox.');
      call.hungUpAt ??= state.timing.now();
      return json(200, state.conversation(call));
    },
  ],
  [
    'GET',
    /^\/api\/v2\/users\/me$/,
    (request, state, auth) => {
      const user = auth.kind === 'user' ? state.user(auth.userId ?? '') : undefined;
      return user
        ? json(200, userView(user))
        : errorBody(
            request,
            400,
            'not.a.user',
            'This request requires a user context. Client credentials cannot be used for requests to this resource.',
          );
    },
  ],
  ['GET', /^\/api\/v2\/users$/, (request, state) => json(200, page(request, state.org.users.map(userView)))],
  [
    'POST',
    /^\/api\/v2\/users\/search$/,
    (request, state) => {
      let query = '';
      try {
        const body = JSON.parse(request.body) as { query?: { value?: unknown }[] };
        const value = body.query?.[0]?.value;
        query = typeof value === 'string' ? value.toLowerCase() : '';
      } catch {
        return errorBody(request, 400, 'bad.request', 'The search body must be JSON with query[].value.');
      }
      const results = state.org.users
        .filter((user) => user.name.toLowerCase().includes(query) || user.email.includes(query))
        .map(userView);
      return json(200, { total: results.length, pageCount: 1, pageSize: results.length, pageNumber: 1, results });
    },
  ],
  [
    'GET',
    /^\/api\/v2\/users\/([^/]+)\/station$/,
    (request, state, _auth, [id = '']) => {
      const user = state.user(decodeURIComponent(id));
      if (!user) return errorBody(request, 404, 'not.found', `User ${id} not found.`);
      const station = user.station ? { id: user.station.id, name: user.station.name } : undefined;
      return json(
        200,
        station ? { associatedStation: station, effectiveStation: station, defaultStation: station } : {},
      );
    },
  ],
  [
    'GET',
    /^\/api\/v2\/users\/([^/]+)$/,
    (request, state, _auth, [id = '']) => {
      const user = state.user(decodeURIComponent(id));
      return user ? json(200, userView(user)) : errorBody(request, 404, 'not.found', `User ${id} not found.`);
    },
  ],
  [
    'GET',
    /^\/api\/v2\/externalcontacts\/contacts$/,
    (request, state) => {
      const q = (request.url.searchParams.get('q') ?? '').toLowerCase();
      const matches = state.org.externalContacts.filter((contact) =>
        `${contact.firstName} ${contact.lastName} ${contact.company}`.toLowerCase().includes(q),
      );
      return json(200, page(request, matches.map(externalContactView)));
    },
  ],
  [
    'GET',
    /^\/api\/v2\/externalcontacts\/contacts\/([^/]+)$/,
    (request, state, _auth, [id = '']) => {
      const contact = state.org.externalContacts.find((candidate) => candidate.id === decodeURIComponent(id));
      return contact
        ? json(200, externalContactView(contact))
        : errorBody(request, 404, 'not.found', `External contact ${id} not found.`);
    },
  ],
  [
    'GET',
    /^\/api\/v2\/tokens\/me$/,
    (_request, state, auth) =>
      json(200, {
        organization: { id: state.org.id, name: state.org.name },
        homeOrganization: { id: state.org.id, name: state.org.name },
        OAuthClient: { id: auth.clientId, name: state.client(auth.clientId)?.name },
        authorizedScope: ['conversations', 'users:readonly'],
      }),
  ],
];

/** Answers an authenticated /api/v2 request, or undefined when no route matches. */
export function apiRoute(
  request: EmulatorRequest,
  state: EmulatorState,
  auth: IssuedToken,
): EmulatorResponse | undefined {
  for (const [method, pattern, handler] of routes) {
    if (method !== request.method) continue;
    const match = pattern.exec(request.url.pathname);
    if (match) return handler(request, state, auth, match.slice(1));
  }
  return undefined;
}
