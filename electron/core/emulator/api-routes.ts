import { errorBody, json } from './http-kit.js';
import type { EmulatorRequest, EmulatorResponse } from './http-kit.js';
import type { EmulatedExternalContact, EmulatedUser } from './org-model.js';
import type { Route } from './route.js';
import { jsonBody } from './route.js';
import type { EmulatorState } from './state.js';

const SEARCH_TYPES = [
  'EXACT',
  'STARTS_WITH',
  'CONTAINS',
  'TERM',
  'TERMS',
  'QUERY_STRING',
  'MATCH_ALL',
  'RANGE',
  'REQUIRED_FIELDS',
  'LESS_THAN',
  'LESS_THAN_EQUAL_TO',
  'GREATER_THAN',
  'GREATER_THAN_EQUAL_TO',
  'DATE_RANGE',
  'IN',
];
const EXTERNAL_CONTACTS_WINDOW = 1000;

/** A user's station as UserStations shows it (associated, effective, default). */
function stationsOf(user: EmulatedUser): Record<string, unknown> {
  if (!user.station) return {};
  const station = { id: user.station.id, name: user.station.name, type: 'inin_webrtc_softphone' };
  return {
    associatedStation: station,
    effectiveStation: station,
    defaultStation: station,
    lastAssociatedStation: station,
  };
}

/** A user as the directory shows it; an internal extension is a Contact with `extension` and no address. */
function userView(user: EmulatedUser, expand: string[] = []): Record<string, unknown> {
  const contact = {
    address: user.phone,
    display: user.phone,
    mediaType: 'PHONE',
    type: 'WORK',
    ...(user.phoneCountry ? { countryCode: user.phoneCountry } : {}),
  };
  const extension = user.extension
    ? [{ extension: user.extension, display: user.extension, mediaType: 'PHONE', type: 'WORK2' }]
    : [];
  const phones = user.phone ? [contact] : [];
  return {
    id: user.id,
    name: user.name,
    email: user.email,
    state: 'active',
    addresses: [...phones, ...extension],
    primaryContactInfo: [{ address: user.email, mediaType: 'EMAIL', type: 'PRIMARY' }, ...phones],
    ...(expand.includes('station') ? { station: stationsOf(user) } : {}),
  };
}

/** An external contact as the API shows it; PhoneNumber.extension is an integer. */
function externalContactView(contact: EmulatedExternalContact): Record<string, unknown> {
  const phone = (e164?: string, extension?: number) =>
    e164 ? { display: e164, e164, ...(extension !== undefined ? { extension } : {}) } : undefined;
  return {
    id: contact.id,
    firstName: contact.firstName,
    lastName: contact.lastName,
    workPhone: phone(contact.workPhone, contact.workExtension),
    cellPhone: phone(contact.cellPhone),
    externalOrganization: { name: contact.company },
  };
}

const expandOf = (request: EmulatorRequest): string[] =>
  request.url.searchParams.getAll('expand').flatMap((value) => value.split(','));

/** pageSize and pageNumber from the query, with the endpoint's default size. */
function paging(request: EmulatorRequest, defaultSize: number): { pageSize: number; pageNumber: number } {
  const pageSize = Math.min(
    500,
    Math.max(1, Number(request.url.searchParams.get('pageSize') ?? defaultSize) || defaultSize),
  );
  const pageNumber = Math.max(1, Number(request.url.searchParams.get('pageNumber') ?? 1) || 1);
  return { pageSize, pageNumber };
}

/** One page of a list, as Genesys pages entities. */
function page(items: unknown[], pageSize: number, pageNumber: number): Record<string, unknown> {
  return {
    entities: items.slice((pageNumber - 1) * pageSize, pageNumber * pageSize),
    pageSize,
    pageNumber,
    total: items.length,
    pageCount: Math.max(1, Math.ceil(items.length / pageSize)),
  };
}

interface SearchCriterion {
  type?: unknown;
  fields?: unknown;
  value?: unknown;
  values?: unknown;
}

/** POST /api/v2/users/search (and its q64 follow-up pages): every criterion needs a `type`; answers types/nextPage. */
function searchUsers(request: EmulatorRequest, state: EmulatorState, body: unknown): EmulatorResponse {
  const search = body as { query?: unknown; pageSize?: unknown; pageNumber?: unknown; expand?: unknown } | null;
  if (!search || !Array.isArray(search.query) || search.query.length === 0)
    return errorBody(request, 400, 'bad.request', 'The search needs query: [{type, fields, value}].');
  const criteria = (search.query as unknown[]).map((criterion) =>
    typeof criterion === 'object' && criterion !== null ? (criterion as SearchCriterion) : {},
  );
  const untyped = criteria.findIndex((criterion) => typeof criterion.type !== 'string');
  if (untyped >= 0)
    return errorBody(
      request,
      400,
      'invalid.value',
      `query[${untyped}].type is required (one of ${SEARCH_TYPES.join(', ')}).`,
      {
        details: [{ errorCode: 'invalid.value', fieldName: `query[${untyped}].type` }],
      },
    );
  const unknownType = criteria.find((criterion) => !SEARCH_TYPES.includes(String(criterion.type)));
  if (unknownType)
    return errorBody(
      request,
      400,
      'invalid.value',
      `Value [${JSON.stringify(unknownType.type)}] is not valid for field type [type].`,
    );
  const matches = state.org.users.filter((user) =>
    criteria.every((criterion) => {
      const listed: unknown[] = Array.isArray(criterion.values) ? (criterion.values as unknown[]) : [];
      const wanted = [criterion.value, ...listed]
        .filter((value): value is string => typeof value === 'string')
        .map((value) => value.toLowerCase());
      if (criterion.type === 'MATCH_ALL' || wanted.length === 0) return true;
      const fields = Array.isArray(criterion.fields) ? criterion.fields.map(String) : ['name', 'email'];
      const texts = fields.map((field) => {
        const text = (user as unknown as Record<string, unknown>)[field];
        return typeof text === 'string' ? text.toLowerCase() : '';
      });
      return wanted.some((value) =>
        texts.some((text) =>
          criterion.type === 'EXACT'
            ? text === value
            : criterion.type === 'STARTS_WITH'
              ? text.startsWith(value)
              : text.includes(value),
        ),
      );
    }),
  );
  const pageSize = Math.min(100, Math.max(1, Number(search.pageSize ?? 25) || 25));
  const pageNumber = Math.max(1, Number(search.pageNumber ?? 1) || 1);
  const pageCount = Math.max(1, Math.ceil(matches.length / pageSize));
  const expand = Array.isArray(search.expand) ? search.expand.map(String) : [];
  const pageUri = (number: number) =>
    `/api/v2/users/search?q64=${Buffer.from(JSON.stringify({ ...search, pageNumber: number })).toString('base64')}`;
  return json(200, {
    total: matches.length,
    pageCount,
    pageSize,
    pageNumber,
    currentPage: pageUri(pageNumber),
    ...(pageNumber < pageCount ? { nextPage: pageUri(pageNumber + 1) } : {}),
    ...(pageNumber > 1 ? { previousPage: pageUri(pageNumber - 1) } : {}),
    types: ['users'],
    results: matches.slice((pageNumber - 1) * pageSize, pageNumber * pageSize).map((user) => userView(user, expand)),
  });
}

/** Users, stations, external contacts and the token, answered over the seeded org. */
export const apiRoutes: readonly Route[] = [
  [
    'GET',
    /^\/api\/v2\/users\/me$/,
    (request, state, auth) => {
      const user = state.user(auth.userId ?? '');
      return user
        ? json(200, userView(user, expandOf(request)))
        : errorBody(request, 404, 'not.found', 'User not found.');
    },
  ],
  [
    'GET',
    /^\/api\/v2\/users$/,
    (request, state) => {
      const { pageSize, pageNumber } = paging(request, 25);
      return json(
        200,
        page(
          state.org.users.map((user) => userView(user, expandOf(request))),
          pageSize,
          pageNumber,
        ),
      );
    },
  ],
  ['POST', /^\/api\/v2\/users\/search$/, (request, state) => searchUsers(request, state, jsonBody(request))],
  [
    'GET',
    /^\/api\/v2\/users\/search$/,
    (request, state) => {
      const q64 = request.url.searchParams.get('q64') ?? '';
      let body: unknown;
      try {
        body = JSON.parse(Buffer.from(q64, 'base64').toString('utf8'));
      } catch {
        return errorBody(request, 400, 'bad.request', 'q64 must be a base64 search body.');
      }
      return searchUsers(request, state, body);
    },
  ],
  [
    'GET',
    /^\/api\/v2\/users\/stations\/me$/,
    (request, state, auth) => {
      const user = state.user(auth.userId ?? '');
      return user ? json(200, stationsOf(user)) : errorBody(request, 404, 'not.found', 'User not found.');
    },
  ],
  [
    'GET',
    /^\/api\/v2\/users\/([^/]+)\/station$/,
    (request, state, _auth, [id = '']) => {
      const user = state.user(id);
      return user
        ? json(200, stationsOf(user))
        : errorBody(request, 404, 'general.resource.not.found', `User ${id} not found.`);
    },
  ],
  [
    'GET',
    /^\/api\/v2\/users\/([^/]+)$/,
    (request, state, _auth, [id = '']) => {
      const user = state.user(id);
      return user
        ? json(200, userView(user, expandOf(request)))
        : errorBody(request, 404, 'general.resource.not.found', `User ${id} not found.`);
    },
  ],
  [
    'GET',
    /^\/api\/v2\/externalcontacts\/contacts$/,
    (request, state) => {
      const { pageSize, pageNumber } = paging(request, 20);
      if (pageSize * pageNumber > EXTERNAL_CONTACTS_WINDOW)
        return errorBody(
          request,
          400,
          'bad.request',
          `pageNumber * pageSize must be at most ${EXTERNAL_CONTACTS_WINDOW}; use /api/v2/externalcontacts/scan/contacts to read them all.`,
        );
      const q = (request.url.searchParams.get('q') ?? '').toLowerCase();
      const matches = state.org.externalContacts.filter((contact) =>
        `${contact.firstName} ${contact.lastName} ${contact.company}`.toLowerCase().includes(q),
      );
      return json(200, { ...page(matches.map(externalContactView), pageSize, pageNumber), partialResults: false });
    },
  ],
  [
    'GET',
    /^\/api\/v2\/externalcontacts\/contacts\/([^/]+)$/,
    (request, state, _auth, [id = '']) => {
      const contact = state.org.externalContacts.find((candidate) => candidate.id === id);
      return contact
        ? json(200, externalContactView(contact))
        : errorBody(request, 404, 'resource.not.found', `External contact ${id} not found.`);
    },
  ],
  [
    'GET',
    /^\/api\/v2\/tokens\/me$/,
    (_request, state, auth) => {
      const idles = state.idlesAt(auth);
      return json(200, {
        organization: { id: state.org.id, name: state.org.name },
        homeOrganization: { id: state.org.id, name: state.org.name },
        OAuthClient: { id: auth.clientId, name: state.client(auth.clientId)?.name },
        authorizedScope: ['conversations', 'users:readonly', 'notifications'],
        ...(idles !== undefined ? { dateTokenIdles: new Date(idles).toISOString() } : {}),
      });
    },
  ],
];
