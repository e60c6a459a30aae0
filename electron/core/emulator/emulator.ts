import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import * as v from 'valibot';
import { closeServer, createGuardedServer, listen } from '../net/guarded-server.js';
import { onUnexpectedError } from '../../shared/unexpected-errors.js';
import { describeIssues } from '../../shared/describe-issues.js';
import { apiRoutes } from './api-routes.js';
import { callRoutes } from './call-routes.js';
import { queueRoutes } from './queue-routes.js';
import { EmulatedDirectory } from './directory-routes.js';
import { FaultSchema, FaultTable, faultActs } from './faults.js';
import type { Fault } from './faults.js';
import { errorBody, json, readRequest, send } from './http-kit.js';
import type { EmulatorRequest, EmulatorResponse } from './http-kit.js';
import { authorizeDecision, authorizePage, tokenRoute } from './oauth.js';
import { EmulatedNotifications } from './notifications.js';
import type { NotificationTiming } from './notifications.js';
import { demoOrg } from './demo-org.js';
import { permissionGate } from './permission-gate.js';
import { RateLimits } from './rate-limits.js';
import { decodeSafely, dispatch } from './route.js';
import { EmulatorState, PARTICIPANT_STATES } from './state.js';
import type { EmulatorTiming, IssuedToken } from './state.js';

/** One request the emulator received, for tests and the sandbox's request log (no token values). */
export interface RecordedRequest {
  method: string;
  path: string;
  query: string;
  body: string;
  at: number;
  /** performance.now() when the request was read, for latency measured in the same process. */
  receivedAt: number;
  authorized: boolean;
}

/** How to start an emulator: where to listen, how the org behaves over time, what it keeps and exposes. */
export interface EmulatorOptions extends Partial<EmulatorTiming>, Partial<NotificationTiming> {
  port?: number;
  host?: string;
  /** Serve /__emulator/* (the request log, faults, reset, forced states): tests and `softdial emulator` only. */
  controlRoutes?: boolean;
  /** How many requests the log keeps, oldest dropped first. */
  requestLogLimit?: number;
  /** Requests per token per minute before 429 (Genesys: 300); headers are sent either way. */
  rateLimitPerMinute?: number;
  /** Answer 429 past the limit (off by default, so benchmarks measure softdial rather than the limit). */
  enforceRateLimit?: boolean;
  /** Hears about errors no route expected (the request got a 500 and the emulator went on). */
  onUnexpected?: (error: unknown) => void;
}

/** A forced participant state, as the control route takes it. */
const ForcedStateSchema = v.strictObject({
  state: v.union([v.picklist(PARTICIPANT_STATES), v.pipe(v.string(), v.regex(/^[a-z][a-zA-Z]{0,30}$/))]),
  disconnectType: v.optional(v.string()),
  errorInfo: v.optional(v.strictObject({ code: v.string(), message: v.string() })),
});

/** A presence change, as the control route takes it (what the person picks in their Genesys client). */
const PresenceChangeSchema = v.strictObject({
  systemPresence: v.pipe(v.string(), v.minLength(1), v.maxLength(40)),
  routingStatus: v.optional(v.pipe(v.string(), v.regex(/^[A-Z_]{1,30}$/))),
  message: v.optional(v.pipe(v.string(), v.maxLength(200))),
});

const DEFAULT_REQUEST_LOG_LIMIT = 1000;

const wait = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * A real HTTP server speaking the documented subset of Genesys Cloud (OAuth, calls, users, stations,
 * external contacts, tokens) over a seeded demo org, with scripted faults per route. Sandbox mode,
 * `softdial emulator` and the tests all talk to it over HTTP.
 */
export class GenesysEmulator {
  readonly requests: RecordedRequest[] = [];
  readonly faults = new FaultTable();
  readonly state: EmulatorState;
  readonly directory: EmulatedDirectory;
  readonly notifications: EmulatedNotifications;
  /** Per-token request counting: the inin-ratelimit-* headers, and the peak a benchmark reads. */
  readonly limits: RateLimits;
  private server?: Server;
  private baseUrl = '';
  private readonly onUnexpected: (error: unknown) => void;
  private readonly controlRoutes: boolean;
  private readonly requestLogLimit: number;

  constructor(options: EmulatorOptions = {}) {
    this.controlRoutes = options.controlRoutes ?? false;
    this.requestLogLimit = options.requestLogLimit ?? DEFAULT_REQUEST_LOG_LIMIT;
    this.onUnexpected =
      options.onUnexpected ??
      ((error) => {
        onUnexpectedError(error, 'emulating Genesys Cloud');
      });
    this.state = new EmulatorState(demoOrg(), {
      tokenLifetimeSeconds: options.tokenLifetimeSeconds ?? 86_400,
      issueRefreshTokens: options.issueRefreshTokens ?? false,
      ...(options.idleTimeoutSeconds !== undefined ? { idleTimeoutSeconds: options.idleTimeoutSeconds } : {}),
      connectAfterMs: options.connectAfterMs ?? 2_500,
      disconnectAfterMs: options.disconnectAfterMs ?? 60_000,
      now: options.now ?? Date.now,
    });
    this.directory = new EmulatedDirectory(this.state.org);
    this.notifications = new EmulatedNotifications(
      this.state,
      {
        heartbeatMs: options.heartbeatMs ?? 30_000,
        channelLifetimeMs: options.channelLifetimeMs ?? 86_400_000,
        closingGraceMs: options.closingGraceMs ?? 60_000,
      },
      () => this.baseUrl.replace(/^http/, 'ws'),
    );
    this.directory.presenceChanged.add((person, before) => this.notifications.publishPresence(person, before));
    this.limits = new RateLimits(
      this.state.timing.now,
      options.rateLimitPerMinute ?? 300,
      options.enforceRateLimit ?? false,
    );
  }

  /** Starts an emulator listening on 127.0.0.1 (port 0: any free port). */
  static async start(options: EmulatorOptions = {}): Promise<GenesysEmulator> {
    const emulator = new GenesysEmulator(options);
    await emulator.listen(options.port ?? 0, options.host ?? '127.0.0.1');
    return emulator;
  }

  /** The base URL serving both login and API paths, as GENESYSCLOUD_REGION accepts it. */
  get url(): string {
    return this.baseUrl;
  }

  /** Requests received for a method and path. */
  received(method: string, path: string): RecordedRequest[] {
    return this.requests.filter((request) => request.method === method && request.path === path);
  }

  /** Arms a scripted failure. */
  inject(fault: Fault): void {
    this.faults.add(fault);
  }

  async close(): Promise<void> {
    this.notifications.close();
    if (this.server) await closeServer(this.server);
  }

  private async listen(port: number, host: string): Promise<void> {
    const server = createGuardedServer((request, response, target) => this.handle(request, response, target), {
      onUnexpected: (error) => this.onUnexpected(error),
      upgrade: (request, socket, head, target) => {
        this.record({ method: 'GET', path: target.pathname, query: '', body: '', authorized: false });
        this.notifications.upgrade(request, socket, head);
      },
    });
    const bound = await listen(server, port, host);
    this.server = server;
    this.baseUrl = `http://${host}:${bound}`;
  }

  /** Keeps a request in the bounded log, stamped by the emulator's clock. */
  private record(request: Omit<RecordedRequest, 'at' | 'receivedAt'>): void {
    this.requests.push({ ...request, at: this.state.timing.now(), receivedAt: performance.now() });
    if (this.requests.length > this.requestLogLimit)
      this.requests.splice(0, this.requests.length - this.requestLogLimit);
  }

  private async handle(incoming: IncomingMessage, response: ServerResponse, target: URL): Promise<void> {
    const request = await readRequest(incoming, target);
    if (!request) {
      response.destroy();
      return;
    }
    const path = request.url.pathname;
    const control = path.startsWith('/__emulator/');
    if (!control) {
      const { method, url, body, headers } = request;
      this.record({ method, path, query: url.search, body, authorized: headers.authorization !== undefined });
    }
    const fault = control ? undefined : this.faults.take(request.method, path);
    if (!fault) {
      send(response, request, this.route(request));
      return;
    }
    const answer = faultActs(fault) ? this.route(request) : undefined;
    if (fault.delayMs) await wait(fault.delayMs);
    if (fault.drop) {
      response.socket?.destroy();
      return;
    }
    if (fault.malformed) {
      send(response, request, {
        status: fault.status ?? 200,
        headers: { 'content-type': 'application/json' },
        body: '{"id": <html>not json',
      });
      return;
    }
    if (fault.status !== undefined) {
      const body =
        fault.body === undefined ? undefined : typeof fault.body === 'string' ? fault.body : JSON.stringify(fault.body);
      send(response, request, {
        status: fault.status,
        headers: { 'content-type': 'application/json', ...fault.headers },
        ...(body !== undefined ? { body } : {}),
      });
      return;
    }
    send(response, request, answer ?? this.route(request));
  }

  private route(request: EmulatorRequest): EmulatorResponse {
    const path = request.url.pathname;
    if (path.startsWith('/__emulator/')) {
      if (!this.controlRoutes) return errorBody(request, 404, 'not.found', `No route ${request.method} ${path}.`);
      return this.control(request);
    }
    if (path === '/oauth/token' && request.method === 'POST') return tokenRoute(request, this.state);
    if (path === '/oauth/authorize' && request.method === 'GET') return authorizePage(request, this.state);
    if (path === '/oauth/authorize' && request.method === 'POST') return authorizeDecision(request, this.state);
    if (!path.startsWith('/api/v2/'))
      return errorBody(request, 404, 'not.found', `No route ${request.method} ${path}.`);
    const preserveIdle = path === '/api/v2/tokens/me' && request.url.searchParams.get('preserveIdleTTL') === 'true';
    const auth = this.state.authenticate(request.headers.authorization, { preserveIdle });
    if (auth === 'missing')
      return errorBody(
        request,
        401,
        'authentication.required',
        'No authentication bearer token specified in authorization header.',
      );
    if (auth === 'invalid') return errorBody(request, 401, 'bad.credentials', 'Invalid login credentials.');
    const limit = this.limits.count(auth.value);
    const answer = limit.exceeded
      ? errorBody(
          request,
          429,
          'too.many.requests.retry.after',
          `Rate limit exceeded the maximum. Retry the request in [${limit.headers['inin-ratelimit-reset']}] seconds`,
        )
      : this.apiAnswer(request, auth);
    return {
      ...answer,
      headers: {
        ...answer.headers,
        ...limit.headers,
        ...(limit.exceeded ? { 'retry-after': limit.headers['inin-ratelimit-reset'] ?? '60' } : {}),
      },
    };
  }

  private apiAnswer(request: EmulatorRequest, auth: { token: IssuedToken; value: string }): EmulatorResponse {
    const path = request.url.pathname;
    if (path === '/api/v2/tokens/me' && request.method === 'DELETE') {
      this.state.tokens.delete(auth.value);
      return { status: 204 };
    }
    const known = [callRoutes, this.notifications.routes, queueRoutes, apiRoutes];
    const refused = permissionGate(request, this.state, auth.token);
    if (refused) return refused;
    const directory = this.directory.route(request);
    if (directory) return directory;
    for (const routes of known) {
      const answer = dispatch(routes, request, this.state, auth.token);
      if (answer) return answer;
    }
    return errorBody(request, 404, 'not.found', `No route ${request.method} ${path}.`);
  }

  /** /__emulator/: the request log, fault injection and reset, for tests and demos. */
  private control(request: EmulatorRequest): EmulatorResponse {
    const path = request.url.pathname;
    if (path === '/__emulator/requests' && request.method === 'GET') return json(200, this.requests);
    if (path === '/__emulator/faults' && request.method === 'DELETE') {
      this.faults.clear();
      return { status: 204 };
    }
    if (path === '/__emulator/faults' && request.method === 'POST') {
      let body: unknown;
      try {
        body = JSON.parse(request.body);
      } catch {
        return json(400, { error: 'The fault must be JSON.' });
      }
      const parsed = v.safeParse(FaultSchema, body);
      if (!parsed.success) return json(400, { error: describeIssues(parsed.issues).join('; ') });
      this.inject(parsed.output);
      return { status: 204 };
    }
    if (path === '/__emulator/reset' && request.method === 'POST') {
      this.requests.length = 0;
      this.faults.clear();
      this.state.calls.clear();
      this.notifications.reset();
      return { status: 204 };
    }
    const forced = /^\/__emulator\/calls\/([^/]+)\/state$/.exec(path);
    if (forced && request.method === 'POST') {
      const call = this.state.calls.get(decodeSafely(forced[1] ?? ''));
      if (!call) return json(404, { error: `No call ${forced[1] ?? ''}.` });
      let body: unknown;
      try {
        body = JSON.parse(request.body);
      } catch {
        return json(400, { error: 'The state must be JSON.' });
      }
      const parsed = v.safeParse(ForcedStateSchema, body);
      if (!parsed.success) return json(400, { error: describeIssues(parsed.issues).join('; ') });
      this.state.force(call, parsed.output);
      return { status: 204 };
    }
    const presence = /^\/__emulator\/users\/([^/]+)\/presence$/.exec(path);
    if (presence && request.method === 'POST') {
      let body: unknown;
      try {
        body = JSON.parse(request.body);
      } catch {
        return json(400, { error: 'The presence must be JSON.' });
      }
      const parsed = v.safeParse(PresenceChangeSchema, body);
      if (!parsed.success) return json(400, { error: describeIssues(parsed.issues).join('; ') });
      const id = decodeSafely(presence[1] ?? '');
      return this.directory.setPresence(id, parsed.output, this.state.timing.now())
        ? { status: 204 }
        : json(404, { error: `No user ${id}.` });
    }
    if (path === '/__emulator/notifications/socket-closing' && request.method === 'POST') {
      this.notifications.socketClosing();
      return { status: 204 };
    }
    if (path === '/__emulator/notifications/drop' && request.method === 'POST') {
      this.notifications.drop();
      return { status: 204 };
    }
    if (path === '/__emulator/notifications/refuse' && request.method === 'POST') {
      const times = Number(request.url.searchParams.get('times') ?? 1);
      this.notifications.refuse(Number.isInteger(times) && times > 0 ? times : 1);
      return { status: 204 };
    }
    return json(404, { error: `No control route ${request.method} ${path}.` });
  }
}
