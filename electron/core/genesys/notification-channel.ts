import * as v from 'valibot';
import WebSocket from 'ws';
import type { Clock } from '../../shared/clock.js';
import type { ExplainedError } from '../../shared/explained-error.js';
import { fireAndForget } from '../../shared/unexpected-errors.js';
import { assertNever } from '../../shared/assert-never.js';
import type { GenesysApi } from './api.js';
import type { Explainer } from './explainer.js';
import { GENESYS_PATHS } from './paths.js';
import { socketText } from './notification-socket.js';
import type { SocketFactory } from './notification-socket.js';
import { ChannelSchema, ChannelTopicsSchema, NotificationMessageSchema } from './schemas.js';
import type { ChannelTopics } from './schemas.js';
import { combineTopics, expandTopic } from './topics.js';

/** Whether events arrive: `live` (socket open and subscribed) or `down` (callers should poll, slowly). */
export type ChannelHealth = 'live' | 'down';

/** What a topic listener hears: an event body, or that its subscription was refused. */
export type TopicSignal = { kind: 'event'; body: unknown } | { kind: 'rejected'; error: ExplainedError };

/** A listener's handle: stop listening (the channel closes itself once nobody listens for a while). */
export interface Listening {
  stop: () => void;
}

/** How patient the channel is; the defaults follow the Notification API's documented behaviour. */
export interface ChannelTiming {
  /** Genesys sends a heartbeat about every 30 s: silence this long means the socket is dead. */
  silenceMs: number;
  /** First reconnect delay; doubles up to `maxBackoffMs`. */
  backoffMs: number;
  maxBackoffMs: number;
  /** A channel lives 24 h: a new one is made this long before the old one expires. */
  renewBeforeMs: number;
  /** With nothing watched for this long, the socket is closed. */
  idleCloseMs: number;
  /** A second channel removed before its end within this time means desktops evict each other (20-channel limit). */
  evictionWindowMs: number;
  /** Then the channel stays down this long (callers poll slowly) before one more try. */
  evictedPauseMs: number;
}

const DEFAULT_TIMING: ChannelTiming = {
  silenceMs: 75_000,
  backoffMs: 1_000,
  maxBackoffMs: 30_000,
  renewBeforeMs: 10 * 60_000,
  idleCloseMs: 60_000,
  evictionWindowMs: 15 * 60_000,
  evictedPauseMs: 15 * 60_000,
};

interface OpenChannel {
  id: string;
  connectUri: string;
  expiresAt?: number;
}

type Timer = ReturnType<typeof setTimeout>;

/**
 * One Genesys notification channel for the signed-in identity, shared by every watched call: creates the
 * channel, subscribes the topics listened to, keeps one WebSocket open (heartbeat watchdog,
 * `v2.system.socket_closing`, reconnect with backoff and resubscription, renewal before the 24 h end) and
 * closes it when nothing has been watched for a while.
 */
export class NotificationChannel {
  private readonly timing: ChannelTiming;
  private readonly listeners = new Map<string, Set<(signal: TopicSignal) => void>>();
  private readonly healthListeners = new Set<(health: ChannelHealth, problem?: ExplainedError) => void>();
  private channel?: OpenChannel;
  private socket?: WebSocket;
  /** The channel the open socket belongs to (a renewed channel needs a new socket). */
  private socketChannel?: string;
  private health: ChannelHealth = 'down';
  private problem?: ExplainedError;
  private attempt = 0;
  private connecting?: Promise<void>;
  /** A refresh is queued behind the one running: later changes of topics join it (one PUT for many). */
  private refreshQueued = false;
  private retryTimer?: Timer;
  private silenceTimer?: Timer;
  private renewTimer?: Timer;
  private idleTimer?: Timer;
  private closed = false;
  /** The channel whose topics Genesys last accepted: with its socket open, events arrive. */
  private subscribedChannel?: string;
  /** When channels of ours disappeared before their end (another desktop's new channel removed them). */
  private evictions: number[] = [];

  constructor(
    private readonly deps: {
      api: GenesysApi;
      clock: Clock;
      explain: Pick<Explainer, 'code'>;
      openSocket?: SocketFactory;
      timing?: Partial<ChannelTiming>;
    },
  ) {
    this.timing = { ...DEFAULT_TIMING, ...deps.timing };
  }

  /** Whether events arrive now, and the last reason they did not. */
  get status(): { health: ChannelHealth; problem?: ExplainedError } {
    return { health: this.health, ...(this.problem ? { problem: this.problem } : {}) };
  }

  /** Hears every change of health (live, down) until stopped. */
  onHealth(listener: (health: ChannelHealth, problem?: ExplainedError) => void): Listening {
    this.healthListeners.add(listener);
    return { stop: () => this.healthListeners.delete(listener) };
  }

  /** Listens to a topic; subscribes it on the channel (creating and connecting the channel when needed). */
  listen(topic: string, listener: (signal: TopicSignal) => void): Listening {
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = undefined;
    this.closed = false;
    const set = this.listeners.get(topic) ?? new Set();
    const isNew = set.size === 0;
    set.add(listener);
    this.listeners.set(topic, set);
    if (isNew) this.refresh();
    return {
      stop: () => {
        if (!set.delete(listener) || set.size > 0 || this.listeners.get(topic) !== set) return;
        this.listeners.delete(topic);
        // The last listener of a topic left: subscribe the smaller set (or close when nothing is left).
        if (this.listeners.size === 0) this.scheduleIdleClose();
        else if (this.channel) this.refresh();
      },
    };
  }

  /** Waits until the channel is live or has given up for now (then callers poll). */
  async settled(): Promise<ChannelHealth> {
    await this.connecting;
    return this.health;
  }

  /** Closes the socket and forgets the channel (sign-out, settings change, idle). */
  close(): void {
    this.closed = true;
    for (const timer of [this.retryTimer, this.silenceTimer, this.renewTimer, this.idleTimer])
      if (timer) clearTimeout(timer);
    this.retryTimer = this.silenceTimer = this.renewTimer = this.idleTimer = undefined;
    this.dropSocket();
    this.channel = undefined;
    this.setHealth('down');
  }

  /**
   * Reconnects at once (the machine woke up: the socket may be dead without having said so), re-reading
   * the channel and its subscriptions; listeners hear health go down and up again, and re-read what they follow.
   */
  resume(): Promise<void> {
    if (this.closed || this.listeners.size === 0) return Promise.resolve();
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.retryTimer = undefined;
    this.attempt = 0;
    this.evictions = [];
    this.dropSocket();
    this.setHealth('down');
    this.refresh();
    return this.connecting ?? Promise.resolve();
  }

  /** Forgets the socket without hearing from it again. */
  private dropSocket(): void {
    const socket = this.socket;
    this.socket = undefined;
    this.socketChannel = undefined;
    socket?.removeAllListeners();
    socket?.on('error', () => undefined);
    socket?.terminate();
  }

  /**
   * (Re)subscribes and connects, once at a time; changes of topics while connecting are picked up after,
   * all together, so that listening to many topics at once costs one subscription request, not one each.
   */
  private refresh(): void {
    if (this.closed || this.refreshQueued) return;
    this.refreshQueued = true;
    const previous = this.connecting ?? Promise.resolve();
    this.connecting = previous.then(() => {
      this.refreshQueued = false;
      return this.connect();
    });
  }

  private async connect(): Promise<void> {
    if (this.closed || this.listeners.size === 0) return;
    if (!this.channel || this.expiringSoon(this.channel)) {
      const created = await this.createChannel();
      if (!created) {
        this.fail();
        return;
      }
    }
    const channel = this.channel;
    if (!channel) return;
    const subscribed = await this.subscribe(channel);
    switch (subscribed) {
      case 'gone':
        this.channel = undefined;
        if (this.evicted(channel)) return;
        return this.connect();
      case 'again':
        return this.connect();
      case 'failed':
        this.subscribedChannel = undefined;
        this.fail();
        return;
      case 'subscribed':
        break;
      default:
        return assertNever(subscribed);
    }
    this.subscribedChannel = channel.id;
    if (this.listeners.size === 0) {
      this.scheduleIdleClose();
      return;
    }
    // A socket already open on this channel carries the topics just subscribed: live again at once.
    if (!(this.socket && this.socketChannel === channel.id) && !(await this.openSocket(channel))) {
      this.fail();
      return;
    }
    this.markLive();
  }

  /** Live: the socket is open on the channel whose topics Genesys accepted. */
  private markLive(): void {
    if (!this.socket || this.subscribedChannel !== this.socketChannel) return;
    this.attempt = 0;
    this.problem = undefined;
    this.setHealth('live');
  }

  /**
   * Notes a channel that disappeared before its end. Genesys keeps 20 channels per user and app and removes
   * the least recently used for a 21st, with no documented close code: a second removal within the window
   * means more than 20 desktops share this identity and would evict each other in a loop, so the channel
   * stays down (callers poll slowly) for a long pause instead. True when it stays down.
   */
  private evicted(channel: OpenChannel): boolean {
    if (channel.expiresAt !== undefined && channel.expiresAt <= this.deps.clock.now()) return false;
    const now = this.deps.clock.now();
    this.evictions = [...this.evictions.filter((at) => now - at < this.timing.evictionWindowMs), now];
    if (this.evictions.length < 2) return false;
    this.evictions = [];
    this.problem = this.deps.explain.code(
      'channel_limit',
      `Notification channels of this sign-in were removed twice within ${Math.round(this.timing.evictionWindowMs / 60_000)} minutes.`,
    );
    this.dropSocket();
    this.fail(this.timing.evictedPauseMs);
    return true;
  }

  private expiringSoon(channel: OpenChannel): boolean {
    return channel.expiresAt !== undefined && channel.expiresAt - this.deps.clock.now() <= this.timing.renewBeforeMs;
  }

  private async createChannel(): Promise<boolean> {
    const created = await this.deps.api.call({
      method: 'POST',
      path: GENESYS_PATHS.notificationChannels,
      schema: ChannelSchema,
      action: 'read',
    });
    if (!created.ok) {
      this.problem = created.error;
      return false;
    }
    const expiresAt = created.value.expires ? Date.parse(created.value.expires) : Number.NaN;
    this.channel = {
      id: created.value.id,
      connectUri: created.value.connectUri,
      ...(Number.isNaN(expiresAt) ? {} : { expiresAt }),
    };
    this.scheduleRenewal(this.channel);
    return true;
  }

  /**
   * PUTs the whole set of topics (a user's presence and routing status as one combined topic) with
   * `ignoreErrors=true`, and reads each topic's state: a Rejected topic's listeners are told which permission
   * is missing, a topic Genesys did not answer for counts as refused, and the others stay live. A refusal of
   * the whole request that names one of the topics (Genesys ignoring `ignoreErrors`) drops that topic and
   * asks again at once.
   */
  private async subscribe(channel: OpenChannel): Promise<'subscribed' | 'failed' | 'gone' | 'again'> {
    const topics = [...this.listeners.keys()];
    const answer = await this.deps.api.call({
      method: 'PUT',
      path: GENESYS_PATHS.subscriptionsOf(channel.id),
      body: combineTopics(topics).map((id) => ({ id })),
      schema: ChannelTopicsSchema,
      action: 'read',
    });
    if (!answer.ok) {
      if (answer.error.httpStatus === 404) return 'gone';
      this.problem = answer.error;
      const status = answer.error.httpStatus ?? 0;
      const said = answer.error.response?.body ?? '';
      const named = status >= 400 && status < 500 ? topics.filter((topic) => said.includes(`"${topic}`)) : [];
      if (named.length === 0) return 'failed';
      this.reject(named, answer.error);
      return 'again';
    }
    for (const topic of topics) {
      const refusal = this.refusalOf(topic, answer.value.entities);
      if (refusal) this.reject([topic], refusal);
    }
    return 'subscribed';
  }

  /** Why a topic is not subscribed, read from the answer's states (undefined: Permitted). */
  private refusalOf(topic: string, entities: ChannelTopics['entities']): ExplainedError | undefined {
    const own = entities.find((entity) => entity.id === topic);
    const covering = entities.find((entity) => entity.id !== topic && expandTopic(entity.id).includes(topic));
    const answered = own ?? covering;
    if (!answered)
      return this.deps.explain.code(
        'unexpected_response',
        `Genesys did not say whether live updates of ${topic} were accepted, so softdial asks every few seconds instead.`,
      );
    if (answered.state?.toLowerCase() !== 'rejected') return undefined;
    const missing = answered.missingPermissions ?? [];
    return this.deps.explain.code(
      'missing_permission',
      `Live updates of ${topic} were refused${answered.rejectionReason ? ` (${answered.rejectionReason})` : ''}. Missing: ${missing.length > 0 ? missing.join(', ') : 'a permission Genesys did not name'}. softdial asks Genesys every few seconds instead.`,
    );
  }

  private reject(topics: string[], error: ExplainedError): void {
    for (const topic of topics) {
      const set = this.listeners.get(topic);
      this.listeners.delete(topic);
      for (const listener of set ?? []) listener({ kind: 'rejected', error });
    }
  }

  private openSocket(channel: OpenChannel): Promise<boolean> {
    const open = this.deps.openSocket ?? ((uri: string) => new WebSocket(uri));
    return new Promise((resolve) => {
      let socket: WebSocket;
      try {
        socket = open(channel.connectUri);
      } catch (error) {
        this.problem = this.deps.explain.code(
          'network_failure',
          `The notification socket could not open (${(error as Error).message}).`,
        );
        resolve(false);
        return;
      }
      let opened = false;
      socket.on('open', () => {
        opened = true;
        const previous = this.socket;
        this.socket = socket;
        this.socketChannel = channel.id;
        previous?.removeAllListeners();
        previous?.on('error', () => undefined);
        previous?.close(1000, 'replaced');
        this.heard();
        resolve(true);
      });
      socket.on('message', (data) => this.receive(socket, data));
      socket.on('error', (error) => {
        if (!opened) {
          this.problem = this.deps.explain.code(
            'network_failure',
            `The notification socket to ${new URL(channel.connectUri).host} failed (${error.message}).`,
          );
          resolve(false);
        }
      });
      socket.on('close', () => {
        if (!opened) resolve(false);
        else if (this.socket === socket) this.dropped();
      });
    });
  }

  private receive(socket: WebSocket, data: WebSocket.RawData): void {
    if (socket !== this.socket) return;
    this.heard();
    let message: unknown;
    try {
      message = JSON.parse(socketText(data));
    } catch {
      return;
    }
    const parsed = v.safeParse(NotificationMessageSchema, message);
    if (!parsed.success) return;
    const { topicName, eventBody } = parsed.output;
    if (topicName === 'channel.metadata') return;
    if (topicName === 'v2.system.socket_closing') {
      // Genesys gives about a minute: open the next socket now, and switch when it is open.
      if (this.channel) {
        const next = this.openSocket(this.channel).then((ok) => (ok ? this.markLive() : this.dropped()));
        fireAndForget(next, 'opening the next notification socket');
      }
      return;
    }
    for (const listener of this.listeners.get(topicName) ?? []) listener({ kind: 'event', body: eventBody });
  }

  /** Any message proves the socket alive; after `silenceMs` of nothing, ask once, then give it up. */
  private heard(): void {
    if (this.silenceTimer) clearTimeout(this.silenceTimer);
    this.silenceTimer = setTimeout(() => {
      this.socket?.send(JSON.stringify({ message: 'ping' }));
      this.silenceTimer = setTimeout(() => this.socket?.terminate(), this.timing.silenceMs / 3);
      this.silenceTimer.unref();
    }, this.timing.silenceMs);
    this.silenceTimer.unref();
  }

  private dropped(): void {
    this.socket = undefined;
    this.problem = this.deps.explain.code('connection_reset', 'The notification socket closed; softdial reconnects.');
    this.fail();
  }

  /** Goes down and tries again after a growing delay (or the one given), as long as someone listens. */
  private fail(pauseMs?: number): void {
    // A pause is news even when already down: the window says why live updates stopped.
    this.setHealth('down', pauseMs !== undefined);
    if (this.closed || this.listeners.size === 0 || this.retryTimer) return;
    const delay = pauseMs ?? Math.min(this.timing.maxBackoffMs, this.timing.backoffMs * 2 ** this.attempt);
    this.attempt++;
    this.retryTimer = setTimeout(() => {
      this.retryTimer = undefined;
      this.refresh();
    }, delay);
    this.retryTimer.unref();
  }

  private scheduleRenewal(channel: OpenChannel): void {
    if (this.renewTimer) clearTimeout(this.renewTimer);
    if (channel.expiresAt === undefined) return;
    const delay = Math.max(0, channel.expiresAt - this.timing.renewBeforeMs - this.deps.clock.now());
    // setTimeout holds at most about 24.8 days; a channel lives 24 h.
    this.renewTimer = setTimeout(
      () => {
        this.channel = undefined;
        this.refresh();
      },
      Math.min(delay, 2 ** 31 - 1),
    );
    this.renewTimer.unref();
  }

  private scheduleIdleClose(): void {
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = setTimeout(() => {
      if (this.listeners.size === 0) this.close();
    }, this.timing.idleCloseMs);
    this.idleTimer.unref();
  }

  /** Tells the listeners a change of health, or (`announce`) a new reason while it stays as it was. */
  private setHealth(health: ChannelHealth, announce = false): void {
    if (health === this.health && !announce) return;
    this.health = health;
    for (const listener of this.healthListeners) listener(health, this.problem);
  }
}
