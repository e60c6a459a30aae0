import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { NOTIFICATION_FRAGMENTS, NOTIFICATION_MESSAGE_BYTES } from '../../shared/limits.js';
import { closeOnProtocolError, guardedSocketServer } from '../net/guarded-sockets.js';
import type { WebSocket } from 'ws';
import { socketText } from '../genesys/notification-socket.js';
import { OTHER_USER_CALLS_TOPIC_PERMISSION } from '../genesys/permissions.js';
import { GENESYS_TOPICS } from '../genesys/paths.js';
import { expandTopic } from '../genesys/topics.js';
import { EVICTED_SOCKET_CLOSE, invalidTopic, refusedTopic } from './assumed-refusals.js';
import { errorBody, json } from './http-kit.js';
import type { EmulatorRequest, EmulatorResponse } from './http-kit.js';
import type { Route } from './route.js';
import { decodeSafely, jsonBody } from './route.js';
import type { DirectoryPerson, PersonPresence } from './directory-routes.js';
import type { EmulatedCall, EmulatorState, IssuedToken } from './state.js';

/** How the emulated Notification API behaves over time. */
export interface NotificationTiming {
  /** Between heartbeats (Genesys: about 30 s). */
  heartbeatMs: number;
  /** A channel's life (Genesys: 24 h). */
  channelLifetimeMs: number;
  /** After v2.system.socket_closing, how long before the socket closes (Genesys: about a minute). */
  closingGraceMs: number;
}

interface Channel {
  id: string;
  owner: IssuedToken;
  /** The single topics events are sent for (a combined topic's permitted parts). */
  topics: Set<string>;
  /** The topics as subscribed (combined ones as one), counted against the 1,000 a channel holds. */
  subscribed: Set<string>;
  expiresAt: number;
  socket?: WebSocket;
  /** The last body sent per conversation, so only changes are sent. */
  sent: Map<string, string>;
  /** When the channel was last used (made, subscribed, connected, pinged, or a socket open on it), for the 20-channel rule. */
  lastUsedAt: number;
}

/**
 * Channels per user and app. The SDK (postNotificationsChannels): "Creating a 21st channel will remove the
 * channel with oldest last used date. Channels without an active connection will be removed first."
 */
export const CHANNELS_PER_OWNER = 20;

const CALLS_TOPIC = /^v2\.users\.([^.]+)\.conversations\.calls$/;
/** A user's presence or routing status (Genesys: PresenceEventUserPresence, UserRoutingStatusUserRoutingStatus). */
const USER_STATE_TOPIC = /^v2\.users\.([^.]+)\.(?:presence|routingStatus)$/;
/** The topics a subscription may name: calls, presence, routing status, or a user's combined topic of the last two. */
const isKnownTopic = (topic: string): boolean =>
  CALLS_TOPIC.test(topic) || expandTopic(topic).every((part) => USER_STATE_TOPIC.test(part));
/** Topics one channel holds at most (Genesys: 1,000). */
export const TOPICS_PER_CHANNEL = 1000;
const TICK_MS = 20;

/**
 * The Notification API of the emulator: channels, subscriptions to `v2.users.{id}.conversations.calls`,
 * `.presence` and `.routingStatus` (at most 1,000 topics a channel), and a real WebSocket per channel
 * carrying the documented messages (events, heartbeat, socket closing).
 */
export class EmulatedNotifications {
  readonly channels = new Map<string, Channel>();
  /** The same framing guard as `softdial web`: one bad frame closes its socket, never the emulator. */
  private readonly sockets = guardedSocketServer(NOTIFICATION_MESSAGE_BYTES, NOTIFICATION_FRAGMENTS);
  private readonly ticker: NodeJS.Timeout;
  private readonly heartbeat: NodeJS.Timeout;
  private refusals = 0;
  /** Topics answered Rejected, with the permissions named missing (an org that does not allow them). */
  private readonly rejections: { pattern: RegExp; missingPermissions: string[] }[] = [];
  private readonly onCall = (call: EmulatedCall): void => this.publish(call);

  constructor(
    private readonly state: EmulatorState,
    private readonly timing: NotificationTiming,
    private readonly socketBase: () => string,
  ) {
    state.callChanged.add(this.onCall);
    this.ticker = setInterval(() => this.tick(), TICK_MS).unref();
    this.heartbeat = setInterval(() => this.beat(), timing.heartbeatMs).unref();
  }

  /** The /api/v2/notifications routes. */
  readonly routes: readonly Route[] = [
    ['POST', /^\/api\/v2\/notifications\/channels$/, (_request, _state, auth) => this.create(auth)],
    [
      'GET',
      /^\/api\/v2\/notifications\/channels$/,
      (_request, _state, auth) => json(200, { entities: this.owned(auth).map((channel) => this.channelView(channel)) }),
    ],
    [
      'HEAD',
      /^\/api\/v2\/notifications\/channels\/([^/]+)$/,
      (request, _state, auth, [id = '']) => (this.live(id, auth) ? { status: 200 } : this.missing(request, id)),
    ],
    [
      'GET',
      /^\/api\/v2\/notifications\/channels\/([^/]+)\/subscriptions$/,
      (request, _state, auth, [id = '']) => {
        const channel = this.live(id, auth);
        return channel ? json(200, this.topicsView(channel)) : this.missing(request, id);
      },
    ],
    [
      'PUT',
      /^\/api\/v2\/notifications\/channels\/([^/]+)\/subscriptions$/,
      (request, _state, auth, [id = '']) => this.subscribe(request, auth, id, true),
    ],
    [
      'POST',
      /^\/api\/v2\/notifications\/channels\/([^/]+)\/subscriptions$/,
      (request, _state, auth, [id = '']) => this.subscribe(request, auth, id, false),
    ],
    [
      'DELETE',
      /^\/api\/v2\/notifications\/channels\/([^/]+)\/subscriptions$/,
      (request, _state, auth, [id = '']) => {
        const channel = this.live(id, auth);
        if (!channel) return this.missing(request, id);
        channel.topics.clear();
        channel.subscribed.clear();
        return { status: 204 };
      },
    ],
  ];

  /** Takes a WebSocket upgrade for /channels/{id}; one socket per channel (a new one replaces the old). */
  upgrade(request: IncomingMessage, socket: Duplex, head: Buffer): void {
    const id = /^\/channels\/([^/?]+)/.exec(request.url ?? '')?.[1] ?? '';
    const channel = this.channels.get(decodeSafely(id));
    if (this.refusals > 0 || !channel || channel.expiresAt <= this.state.timing.now()) {
      if (this.refusals > 0) this.refusals--;
      socket.end('HTTP/1.1 404 Not Found\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
      return;
    }
    this.sockets.handleUpgrade(request, socket, head, (ws) => {
      closeOnProtocolError(ws, () => undefined);
      channel.socket?.close(1000, 'replaced by a new connection');
      channel.socket = ws;
      channel.lastUsedAt = this.state.timing.now();
      // Genesys does not replay what happened while no socket was open: only later changes are sent.
      this.seed(channel);
      ws.on('message', (data) => {
        const text = socketText(data);
        channel.lastUsedAt = this.state.timing.now();
        if (/"message"\s*:\s*"ping"/.test(text)) this.sendTo(channel, 'channel.metadata', { message: 'pong' });
      });
      ws.on('close', () => {
        if (channel.socket === ws) channel.socket = undefined;
      });
    });
  }

  /** Sends v2.system.socket_closing on every socket, then closes them after the grace time. */
  socketClosing(): void {
    for (const channel of this.channels.values()) {
      const socket = channel.socket;
      if (!socket) continue;
      this.sendTo(channel, 'v2.system.socket_closing', {
        message: 'The socket will close shortly; open a new connection.',
      });
      setTimeout(() => socket.close(1001, 'closing'), this.timing.closingGraceMs).unref();
    }
  }

  /** Drops every socket without a close handshake (a network failure). */
  drop(): void {
    for (const channel of this.channels.values()) channel.socket?.terminate();
  }

  /** Refuses the next `times` WebSocket connections (streaming service down). */
  refuse(times: number): void {
    this.refusals = times;
  }

  /** Answers topics matching `pattern` Rejected with these missing permissions, as an org that does not allow them. */
  rejectTopics(pattern: RegExp, missingPermissions: string[]): void {
    this.rejections.push({ pattern, missingPermissions });
  }

  /** Sends a person's changed presence and routing status to the channels subscribed to them. */
  publishPresence(person: DirectoryPerson, before: PersonPresence | undefined): void {
    const now = person.presence;
    if (!now) return;
    if (now.systemPresence !== before?.systemPresence || now.message !== before.message)
      this.publishTo(`v2.users.${person.id}.presence`, {
        source: 'PURECLOUD',
        presenceDefinition: { id: now.systemPresence, systemPresence: now.systemPresence },
        primary: true,
        ...(now.message ? { message: now.message } : {}),
        modifiedDate: now.since,
      });
    if (now.routingStatus && now.routingStatus !== before?.routingStatus)
      this.publishTo(`v2.users.${person.id}.routingStatus`, {
        id: person.id,
        routingStatus: { status: now.routingStatus, startTime: now.since },
      });
  }

  /** Number of open sockets, for tests. */
  get openSockets(): number {
    return [...this.channels.values()].filter((channel) => channel.socket).length;
  }

  close(): void {
    clearInterval(this.ticker);
    clearInterval(this.heartbeat);
    this.state.callChanged.delete(this.onCall);
    for (const channel of this.channels.values()) channel.socket?.terminate();
    this.sockets.close();
  }

  reset(): void {
    for (const channel of this.channels.values()) channel.socket?.terminate();
    this.channels.clear();
    this.refusals = 0;
    this.rejections.length = 0;
  }

  private create(auth: IssuedToken): EmulatorResponse {
    const now = this.state.timing.now();
    // Channels without an open socket go first, then the oldest last use.
    const owned = this.owned(auth).sort(
      (a, b) => Number(Boolean(a.socket)) - Number(Boolean(b.socket)) || a.lastUsedAt - b.lastUsedAt,
    );
    for (const stale of owned.slice(0, Math.max(0, owned.length - CHANNELS_PER_OWNER + 1))) {
      stale.socket?.close(EVICTED_SOCKET_CLOSE.code, EVICTED_SOCKET_CLOSE.reason);
      this.channels.delete(stale.id);
    }
    const channel: Channel = {
      lastUsedAt: now,
      id: randomUUID(),
      owner: auth,
      topics: new Set(),
      subscribed: new Set(),
      expiresAt: this.state.timing.now() + this.timing.channelLifetimeMs,
      sent: new Map(),
    };
    this.channels.set(channel.id, channel);
    return json(200, this.channelView(channel));
  }

  private channelView(channel: Channel): Record<string, unknown> {
    return {
      id: channel.id,
      connectUri: `${this.socketBase()}/channels/${channel.id}`,
      expires: new Date(channel.expiresAt).toISOString(),
    };
  }

  private owned(auth: IssuedToken): Channel[] {
    return [...this.channels.values()].filter(
      (channel) => channel.owner.clientId === auth.clientId && channel.owner.userId === auth.userId,
    );
  }

  private live(id: string, auth: IssuedToken): Channel | undefined {
    const channel = this.channels.get(id);
    if (!channel || channel.expiresAt <= this.state.timing.now()) return undefined;
    return this.owned(auth).includes(channel) ? channel : undefined;
  }

  private missing(request: EmulatorRequest, id: string): EmulatorResponse {
    return errorBody(request, 404, 'not.found', `Channel ${id} does not exist or has expired.`);
  }

  private topicsView(channel: Channel): Record<string, unknown> {
    return { entities: [...channel.subscribed].map((id) => ({ id, state: 'Permitted' })) };
  }

  private subscribe(request: EmulatorRequest, auth: IssuedToken, id: string, replace: boolean): EmulatorResponse {
    const channel = this.live(id, auth);
    if (!channel) return this.missing(request, id);
    const body = jsonBody(request);
    if (
      !Array.isArray(body) ||
      body.some(
        (topic: unknown) =>
          typeof topic !== 'object' || topic === null || typeof (topic as { id?: unknown }).id !== 'string',
      )
    )
      return errorBody(
        request,
        400,
        'bad.request',
        'The body must be a list of topics: [{"id":"v2.users.{id}.conversations.calls"}].',
      );
    const requested = (body as { id: string }[]).map((topic) => topic.id);
    const invalid = requested.find((topic) => !isKnownTopic(topic));
    if (invalid) return invalidTopic(request, invalid);
    const kept = new Set([...(replace ? [] : channel.subscribed), ...requested]);
    if (kept.size > TOPICS_PER_CHANNEL)
      return errorBody(
        request,
        400,
        'bad.request',
        `A channel holds at most ${TOPICS_PER_CHANNEL} topics; this would make it hold more.`,
      );
    const verdicts = requested.map((topic) => ({
      topic,
      parts: expandTopic(topic).map((part) => ({ part, missing: this.missingFor(part, auth) })),
    }));
    // Without ignoreErrors one refused topic fails the whole request, and nothing changes.
    const ignoreErrors = request.url.searchParams.get('ignoreErrors') === 'true';
    const refused = verdicts.flatMap(({ parts }) => parts).find(({ missing }) => missing);
    if (refused?.missing && !ignoreErrors) return refusedTopic(request, refused.part, refused.missing);
    if (replace) {
      channel.topics.clear();
      channel.subscribed.clear();
    }
    channel.lastUsedAt = this.state.timing.now();
    const entities = verdicts.flatMap(({ topic, parts }) => {
      const permitted = parts.filter(({ missing }) => !missing);
      for (const { part } of permitted) channel.topics.add(part);
      if (permitted.length > 0) channel.subscribed.add(topic);
      // A combined topic is Permitted when any part is; each refused part is answered on its own.
      const rejectedParts = parts
        .filter(({ missing }) => missing)
        .map(({ part, missing }) => ({
          id: part,
          state: 'Rejected',
          rejectionReason: 'Missing permissions',
          missingPermissions: missing,
        }));
      const combined = parts.length > 1 || parts[0]?.part !== topic;
      if (combined) return [...(permitted.length > 0 ? [{ id: topic, state: 'Permitted' }] : []), ...rejectedParts];
      return rejectedParts.length > 0 ? rejectedParts : [{ id: topic, state: 'Permitted' }];
    });
    this.seed(channel);
    return json(200, { entities });
  }

  /** The permissions missing to subscribe one single topic (undefined: allowed). */
  private missingFor(topic: string, auth: IssuedToken): string[] | undefined {
    const rejection = this.rejections.find((candidate) => candidate.pattern.test(topic));
    if (rejection) return rejection.missingPermissions;
    const userId = CALLS_TOPIC.exec(topic)?.[1];
    if (userId === undefined) return undefined;
    const own = auth.kind === 'user' && auth.userId === userId;
    return own || this.state.permissionsOf(auth).includes(OTHER_USER_CALLS_TOPIC_PERMISSION)
      ? undefined
      : [OTHER_USER_CALLS_TOPIC_PERMISSION];
  }

  /** Records the current state of every call on the channel's topics as already sent. */
  private seed(channel: Channel): void {
    for (const call of this.state.calls.values())
      if (this.state.topicUsersOf(call).some((userId) => channel.topics.has(GENESYS_TOPICS.callsOf(userId))))
        channel.sent.set(call.id, JSON.stringify(this.state.conversation(call)));
  }

  private tick(): void {
    for (const call of this.state.calls.values()) this.publish(call);
  }

  private publish(call: EmulatedCall): void {
    const topics = this.state.topicUsersOf(call).map(GENESYS_TOPICS.callsOf);
    let body: string | undefined;
    for (const channel of this.channels.values()) {
      const topic = topics.find((candidate) => channel.topics.has(candidate));
      if (!channel.socket || !topic) continue;
      body ??= JSON.stringify(this.state.conversation(call));
      if (channel.sent.get(call.id) === body) continue;
      channel.sent.set(call.id, body);
      this.sendTo(channel, topic, JSON.parse(body) as unknown);
    }
  }

  private publishTo(topic: string, body: unknown): void {
    for (const channel of this.channels.values())
      if (channel.socket && channel.topics.has(topic)) this.sendTo(channel, topic, body);
  }

  private beat(): void {
    for (const channel of this.channels.values())
      if (channel.socket) this.sendTo(channel, 'channel.metadata', { message: 'WebSocket Heartbeat' });
  }

  private sendTo(channel: Channel, topicName: string, eventBody: unknown): void {
    channel.socket?.send(
      JSON.stringify({ topicName, version: '2', eventBody, metadata: { CorrelationId: randomUUID() } }),
    );
  }
}
