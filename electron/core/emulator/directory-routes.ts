import { performance } from 'node:perf_hooks';
import { assertNever } from '../../shared/assert-never.js';
import { queryStringRefused } from './assumed-refusals.js';
import { errorBody, json } from './http-kit.js';
import type { EmulatorRequest, EmulatorResponse } from './http-kit.js';
import type { EmulatedOrg } from './org-model.js';

/** A person of the emulated directory with every kind of contact point Genesys has. */
export interface DirectoryPerson {
  id: string;
  name: string;
  email: string;
  title?: string;
  department?: string;
  phones: { type: string; address?: string; extension?: string }[];
  presence?: PersonPresence;
}

/** One criterion of a name or e-mail search (UserSearchCriteria). */
interface NameCriterion {
  type: 'CONTAINS' | 'STARTS_WITH' | 'EXACT' | 'QUERY_STRING';
  fields?: string[];
  value: string;
}

const NAME_FIELDS = ['name', 'email'];
/** What a QUERY_STRING value may not hold unescaped (its query language's syntax). */
const QUERY_SYNTAX = /[()"/*:[\]{}^~!\\]/;

function isNameCriterion(criterion: unknown): criterion is NameCriterion {
  if (typeof criterion !== 'object' || criterion === null) return false;
  const { type, fields, value } = criterion as Record<string, unknown>;
  return (
    typeof type === 'string' &&
    ['CONTAINS', 'STARTS_WITH', 'EXACT', 'QUERY_STRING'].includes(type) &&
    typeof value === 'string' &&
    (fields === undefined || (Array.isArray(fields) && fields.every((field) => NAME_FIELDS.includes(String(field)))))
  );
}

/** Whether a person's name or e-mail matches a criterion (case-insensitive; QUERY_STRING: each word starts a name part). */
function matchesName(person: DirectoryPerson, criterion: NameCriterion): boolean {
  const value = criterion.value.toLowerCase();
  const texts = (criterion.fields ?? NAME_FIELDS).map((field) =>
    (field === 'email' ? person.email : person.name).toLowerCase(),
  );
  switch (criterion.type) {
    case 'CONTAINS':
      return texts.some((text) => text.includes(value));
    case 'STARTS_WITH':
      return texts.some((text) => text.startsWith(value));
    case 'EXACT':
      return texts.includes(value);
    case 'QUERY_STRING':
      return value
        .split(/\s+/)
        .filter(Boolean)
        .every((word) => texts.some((text) => text.split(/[\s@.]+/).some((part) => part.startsWith(word))));
    default:
      return assertNever(criterion.type);
  }
}

/** A person's presence as the emulator holds it; `since` is when it last changed (ISO). */
export interface PersonPresence {
  systemPresence: string;
  routingStatus?: string;
  message?: string;
  since?: string;
}

/** An external contact of the emulated directory. */
export interface DirectoryExternal {
  id: string;
  firstName: string;
  lastName: string;
  title?: string;
  company: string;
  workPhone?: string;
  workExtension?: number;
  cellPhone?: string;
}

const FIRST = ['Zoë', 'Hans', 'Amélie', 'José', 'Søren', 'Ana', 'Mohammed', 'Wei', 'Priya', 'John', 'Łukasz', 'Chloé'];
const LAST = ['Müller', 'Mueller', 'García', 'Nguyen', 'Smith', 'Øvergaard', 'Dubois', 'Kowalski', 'Tanaka', 'Okafor'];
const DEPARTMENTS = ['Sales', 'Support', 'Billing', 'Logistics', 'Research'];
const PRESENCES = ['Available', 'Away', 'Busy', 'Offline', 'On Queue'];
const ROUTING = ['OFF_QUEUE', 'IDLE', 'INTERACTING'];
const COMPANIES = ['Acme Ltd', 'Beispiel GmbH', 'Société Générale de Test', 'Globex', 'Initech'];
const SCAN_MAX = 200;
const SEARCH_WINDOW = 1000;

/** A deterministic pseudo-random sequence, so a generated directory is the same at every run. */
function sequence(seed: number): () => number {
  let state = seed >>> 0 || 1;
  return () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 4_294_967_296;
  };
}

const pick = <T>(list: readonly T[], random: () => number): T => list[Math.floor(random() * list.length)] as T;
const digits = (random: () => number, count: number): string =>
  Array.from({ length: count }, () => Math.floor(random() * 10)).join('');

/** `count` generated users: several phone types, some extension-only, names with diacritics, presence. */
export function generatePeople(count: number, seed = 1): DirectoryPerson[] {
  const random = sequence(seed);
  return Array.from({ length: count }, (_, index) => {
    const first = pick(FIRST, random);
    const last = pick(LAST, random);
    const phones: DirectoryPerson['phones'] = [{ type: 'WORK', address: `+1650${digits(random, 7)}` }];
    if (random() < 0.5) phones.push({ type: 'MOBILE', address: `+447${digits(random, 9)}` });
    if (random() < 0.3) phones.push({ type: 'WORK2', extension: String(1000 + index) });
    if (random() < 0.1) phones.push({ type: 'HOME', address: `+4930${digits(random, 7)}` });
    return {
      id: `gen-${index}`,
      name: `${first} ${last}`,
      email: `user${index}@directory.example`,
      title: random() < 0.5 ? 'Agent' : 'Supervisor',
      department: pick(DEPARTMENTS, random),
      phones,
      ...(random() < 0.8
        ? { presence: { systemPresence: pick(PRESENCES, random), routingStatus: pick(ROUTING, random) } }
        : {}),
    };
  });
}

/** `count` generated external contacts. */
export function generateExternals(count: number, seed = 2): DirectoryExternal[] {
  const random = sequence(seed);
  return Array.from({ length: count }, (_, index) => ({
    id: `gen-ext-${index}`,
    firstName: pick(FIRST, random),
    lastName: pick(LAST, random),
    company: pick(COMPANIES, random),
    workPhone: `+4420${digits(random, 8)}`,
    ...(random() < 0.2 ? { workExtension: Math.floor(random() * 900) + 100 } : {}),
    ...(random() < 0.5 ? { cellPhone: `+336${digits(random, 8)}` } : {}),
  }));
}

const userView = (person: DirectoryPerson, expand: string[]): Record<string, unknown> => {
  const phones = person.phones.map((phone) => ({
    ...(phone.address ? { address: phone.address, display: phone.address } : {}),
    ...(phone.extension ? { extension: phone.extension, display: phone.extension } : {}),
    mediaType: 'PHONE',
    type: phone.type,
  }));
  return {
    id: person.id,
    name: person.name,
    email: person.email,
    state: 'active',
    ...(person.title ? { title: person.title } : {}),
    ...(person.department ? { department: person.department } : {}),
    addresses: phones,
    primaryContactInfo: [{ address: person.email, mediaType: 'EMAIL', type: 'PRIMARY' }],
    ...(expand.includes('presence') && person.presence
      ? {
          presence: {
            presenceDefinition: { id: person.presence.systemPresence, systemPresence: person.presence.systemPresence },
            ...(person.presence.message ? { message: person.presence.message } : {}),
            modifiedDate: person.presence.since ?? '2026-11-27T08:00:00.000Z',
          },
        }
      : {}),
    ...(expand.includes('routingStatus') && person.presence?.routingStatus
      ? { routingStatus: { status: person.presence.routingStatus } }
      : {}),
  };
};

const externalView = (contact: DirectoryExternal): Record<string, unknown> => ({
  id: contact.id,
  firstName: contact.firstName,
  lastName: contact.lastName,
  ...(contact.title ? { title: contact.title } : {}),
  workPhone: contact.workPhone
    ? {
        display: contact.workPhone,
        e164: contact.workPhone,
        ...(contact.workExtension !== undefined ? { extension: contact.workExtension } : {}),
      }
    : undefined,
  cellPhone: contact.cellPhone ? { display: contact.cellPhone, e164: contact.cellPhone } : undefined,
  externalOrganization: { name: contact.company },
});

const expandOf = (request: EmulatorRequest): string[] =>
  request.url.searchParams.getAll('expand').flatMap((value) => value.split(','));

const intParam = (request: EmulatorRequest, name: string, fallback: number, max: number): number =>
  Math.min(max, Math.max(1, Math.floor(Number(request.url.searchParams.get(name) ?? fallback)) || fallback));

type Route = [string, RegExp, (request: EmulatorRequest) => EmulatorResponse | undefined];

/**
 * The emulated org's directory: the demo users plus any number of generated ones, external contacts
 * (search with the 1,000-record window, scan with a cursor), presence on request, permissions that can
 * be withdrawn, and a count of what it served and how long that took (for the benchmarks).
 */
export class EmulatedDirectory {
  people: DirectoryPerson[];
  externals: DirectoryExternal[];
  /** Permissions the caller is treated as lacking (tests switch a source off this way). */
  readonly denied = new Set<string>();
  /** The most users one page holds, whatever was asked (Genesys does not document its maximum). */
  maxUsersPageSize = 500;
  /** A directory page that fails (status, Retry-After seconds) until cleared, as a sync cut halfway. */
  failingPage?: { pageNumber: number; status: number; retryAfterSeconds?: number };
  /** Requests answered and milliseconds spent answering them. */
  readonly served = { requests: 0, ms: 0 };
  /** Hears each change of a person's presence (the notification API publishes it). */
  readonly presenceChanged = new Set<(person: DirectoryPerson, before: PersonPresence | undefined) => void>();
  private readonly routes: Route[];

  constructor(org: EmulatedOrg) {
    this.people = org.users.map((user) => ({
      id: user.id,
      name: user.name,
      email: user.email,
      phones: [{ type: 'WORK', address: user.phone }],
      presence: { systemPresence: 'Available', routingStatus: 'IDLE' },
    }));
    this.externals = org.externalContacts.map((contact) => ({ ...contact }));
    this.routes = [
      ['GET', /^\/api\/v2\/users$/, (request) => this.usersPage(request)],
      ['POST', /^\/api\/v2\/users\/search$/, (request) => this.usersSearch(request)],
      ['GET', /^\/api\/v2\/externalcontacts\/contacts$/, (request) => this.externalSearch(request)],
      ['GET', /^\/api\/v2\/externalcontacts\/scan\/contacts$/, (request) => this.externalScan(request)],
    ];
  }

  /** Adds `count` generated users (and optionally external contacts) to the directory. */
  generate(users: number, externals = 0): void {
    this.people = [...this.people, ...generatePeople(users)];
    this.externals = [...this.externals, ...generateExternals(externals)];
  }

  /** Changes a person's presence (as they would in their Genesys client); false when nobody has that id. */
  setPresence(id: string, presence: Omit<PersonPresence, 'since'>, at: number): boolean {
    const person = this.people.find((candidate) => candidate.id === id);
    if (!person) return false;
    const before = person.presence;
    person.presence = { ...presence, since: new Date(at).toISOString() };
    for (const listener of this.presenceChanged) listener(person, before);
    return true;
  }

  /** Answers a directory request, or undefined when it is not one. */
  route(request: EmulatorRequest): EmulatorResponse | undefined {
    for (const [method, pattern, handler] of this.routes) {
      if (method !== request.method || !pattern.test(request.url.pathname)) continue;
      const start = performance.now();
      const answer = handler(request);
      if (!answer) return undefined;
      this.served.requests++;
      this.served.ms += performance.now() - start;
      return answer;
    }
    return undefined;
  }

  private refuse(request: EmulatorRequest, permission: string): EmulatorResponse | undefined {
    if (!this.denied.has(permission)) return undefined;
    return errorBody(
      request,
      403,
      'missing.permissions',
      `Unable to perform the requested action. You are missing the following permission(s): [${permission}]`,
      { messageParams: { permissions: permission } },
    );
  }

  private usersPage(request: EmulatorRequest): EmulatorResponse {
    const failing = this.failingPage;
    if (failing && Number(request.url.searchParams.get('pageNumber') ?? 1) === failing.pageNumber) {
      const answer = errorBody(
        request,
        failing.status,
        failing.status === 429 ? 'too.many.requests.retry.after' : 'internal.server.error',
        'This page failed on purpose.',
      );
      return failing.retryAfterSeconds === undefined
        ? answer
        : { ...answer, headers: { ...answer.headers, 'retry-after': String(failing.retryAfterSeconds) } };
    }
    const expand = expandOf(request);
    // Lists come either way: repeated (id=a&id=b, the "multi" format of the SDKs' docs) or comma-joined
    // (id=a,b, what the JavaScript SDK 262 actually sends); Genesys takes both.
    const ids = request.url.searchParams.getAll('id').flatMap((value) => value.split(','));
    const people = ids.length > 0 ? this.people.filter((person) => ids.includes(person.id)) : this.people;
    const pageSize = intParam(request, 'pageSize', 25, this.maxUsersPageSize);
    const pageNumber = intParam(request, 'pageNumber', 1, Number.MAX_SAFE_INTEGER);
    return json(200, {
      entities: people.slice((pageNumber - 1) * pageSize, pageNumber * pageSize).map((p) => userView(p, expand)),
      pageSize,
      pageNumber,
      total: people.length,
      pageCount: Math.max(1, Math.ceil(people.length / pageSize)),
    });
  }

  /**
   * Name and e-mail searches over the whole directory (CONTAINS, STARTS_WITH, EXACT, and QUERY_STRING, whose
   * query language refuses its syntax characters as Genesys's does); every criterion must match. Other
   * searches go to the org's routes.
   */
  private usersSearch(request: EmulatorRequest): EmulatorResponse | undefined {
    const refused = this.refuse(request, 'directory:user:view');
    if (refused) return refused;
    let body: { query?: unknown; pageSize?: unknown; pageNumber?: unknown; expand?: unknown };
    try {
      body = JSON.parse(request.body) as typeof body;
    } catch {
      return undefined;
    }
    const criteria = Array.isArray(body.query) ? (body.query as NameCriterion[]) : [];
    if (criteria.length === 0 || !criteria.every(isNameCriterion)) return undefined;
    const syntax = criteria.find(
      (criterion) => criterion.type === 'QUERY_STRING' && QUERY_SYNTAX.test(criterion.value),
    );
    if (syntax) return queryStringRefused(request, syntax.value);
    const results = this.people.filter((person) => criteria.every((criterion) => matchesName(person, criterion)));
    const pageSize = Math.min(100, Math.max(1, Number(body.pageSize ?? 25) || 25));
    const pageNumber = Math.max(1, Number(body.pageNumber ?? 1) || 1);
    const pageCount = Math.max(1, Math.ceil(results.length / pageSize));
    const expand = Array.isArray(body.expand) ? body.expand.map(String) : [];
    const pageUri = (number: number) =>
      `/api/v2/users/search?q64=${Buffer.from(JSON.stringify({ ...body, pageNumber: number })).toString('base64')}`;
    return json(200, {
      total: results.length,
      pageCount,
      pageSize,
      pageNumber,
      ...(pageNumber < pageCount ? { nextPage: pageUri(pageNumber + 1) } : {}),
      types: ['users'],
      results: results
        .slice((pageNumber - 1) * pageSize, pageNumber * pageSize)
        .map((person) => userView(person, expand)),
    });
  }

  private externalSearch(request: EmulatorRequest): EmulatorResponse {
    const refused = this.refuse(request, 'externalContacts:contact:view');
    if (refused) return refused;
    const pageSize = intParam(request, 'pageSize', 20, 200);
    const pageNumber = intParam(request, 'pageNumber', 1, Number.MAX_SAFE_INTEGER);
    if (pageSize * pageNumber > SEARCH_WINDOW)
      return errorBody(request, 400, 'bad.request', `pageNumber * pageSize must be at most ${SEARCH_WINDOW}.`);
    const q = (request.url.searchParams.get('q') ?? '').toLowerCase();
    const matches = this.externals.filter((contact) =>
      `${contact.firstName} ${contact.lastName} ${contact.company} ${contact.workPhone ?? ''} ${contact.cellPhone ?? ''}`
        .toLowerCase()
        .includes(q),
    );
    return json(200, {
      entities: matches.slice((pageNumber - 1) * pageSize, pageNumber * pageSize).map(externalView),
      pageSize,
      pageNumber,
      total: matches.length,
      pageCount: Math.ceil(matches.length / pageSize),
      partialResults: false,
    });
  }

  private externalScan(request: EmulatorRequest): EmulatorResponse {
    const refused = this.refuse(request, 'externalContacts:contact:view');
    if (refused) return refused;
    const limit = intParam(request, 'limit', 100, SCAN_MAX);
    const cursor = request.url.searchParams.get('cursor');
    const offset = cursor ? Number(Buffer.from(cursor, 'base64url').toString('utf8')) : 0;
    if (!Number.isInteger(offset) || offset < 0)
      return errorBody(request, 400, 'bad.request', 'The cursor is not one this API gave.');
    const entities = this.externals.slice(offset, offset + limit).map(externalView);
    const after =
      offset + limit < this.externals.length ? Buffer.from(String(offset + limit)).toString('base64url') : undefined;
    return json(200, {
      entities,
      cursors: after ? { after } : {},
      ...(after ? { nextUri: `/api/v2/externalcontacts/scan/contacts?limit=${limit}&cursor=${after}` } : {}),
    });
  }
}
