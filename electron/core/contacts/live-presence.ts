import * as v from 'valibot';
import { GENESYS_TOPICS } from '../genesys/paths.js';
import type { ChannelHealth, Listening, TopicSignal } from '../genesys/notification-channel.js';
import type { ExplainedError } from '../../shared/explained-error.js';
import type { Outcome } from '../../shared/outcome.js';
import { fireAndForget } from '../../shared/unexpected-errors.js';
import { userPresence } from './from-genesys.js';
import type { Presence, PresenceChange } from './types.js';
import { ROUTING_STATUSES } from '../../shared/contact-sets.js';
import type { RoutingStatus } from '../../shared/contact-sets.js';

/** What presence needs of the notification channel: the core's one channel, shared with the calls. */
export interface TopicChannel {
  listen(topic: string, listener: (signal: TopicSignal) => void): Listening;
  onHealth(listener: (health: ChannelHealth, problem?: ExplainedError) => void): Listening;
  readonly status: { health: ChannelHealth; problem?: ExplainedError };
}

/**
 * Topics presence may take on the channel. Genesys allows 1,000 a channel; the rest stays for the calls
 * (one topic each) and headroom. Each user costs one: presence and routing status go as one combined topic
 * (`v2.users.{id}?presence&routingStatus`, see genesys/topics.ts).
 */
export const PRESENCE_TOPIC_BUDGET = 600;
const TOPICS_PER_USER = 1;
/** Users watched live at most; the others are polled. */
export const LIVE_PRESENCE_USERS = PRESENCE_TOPIC_BUDGET / TOPICS_PER_USER;

const isRoutingStatus = (status: string): status is RoutingStatus =>
  (ROUTING_STATUSES as readonly string[]).includes(status);

const presenceTopic = GENESYS_TOPICS.presenceOf;
const routingTopic = GENESYS_TOPICS.routingStatusOf;

/** The body of a `v2.users.{id}.presence` event (PresenceEventUserPresence). */
const PresenceEventSchema = v.looseObject({
  presenceDefinition: v.optional(v.looseObject({ systemPresence: v.optional(v.string()) })),
  message: v.optional(v.string()),
  modifiedDate: v.optional(v.string()),
});
/** The body of a `v2.users.{id}.routingStatus` event (UserRoutingStatusUserRoutingStatus). */
const RoutingEventSchema = v.looseObject({
  routingStatus: v.optional(v.looseObject({ status: v.optional(v.string()), startTime: v.optional(v.string()) })),
});

/** What presence watching needs: the channel, a poll for the users it cannot watch live, where results go. */
export interface PresenceWatchDeps {
  channel(): Outcome<TopicChannel>;
  /** Presence of users by id (one request per hundred); absent users are undefined. */
  fetch(userIds: string[]): Promise<Outcome<Map<string, Presence | undefined>>>;
  /** The presence known per contact id (`user:<id>`), shared with the service that decorates contacts. */
  known: Map<string, Presence>;
  onChange(changes: PresenceChange[]): void;
  pollMs: number;
}

/** How presence is followed now: how many users live, how many polled, and why those are polled. */
export interface PresenceWatchStatus {
  live: number;
  polled: number;
  reasons: string[];
}

interface LiveUser {
  listening: Listening[];
}

/**
 * Presence of the favourites and the contacts on screen: live through the notification channel's user
 * presence and routing-status topics, within a topic budget; users past the budget, users whose topics
 * the org rejects and, while the socket is down, everyone are polled slowly instead. Presence Genesys
 * does not give stays unknown.
 */
export class PresenceWatch {
  private watched: string[] = [];
  private readonly live = new Map<string, LiveUser>();
  /** Users polled, with the reason they are not live. */
  private readonly polled = new Map<string, string>();
  /** Users whose topics the org rejected (reason), not asked for again on this channel. */
  private readonly rejected = new Map<string, string>();
  private channel?: TopicChannel;
  private health?: Listening;
  private wasLive = false;
  /** Whether the channel was ever live since adopted: only a socket that comes back has missed changes. */
  private everLive = false;
  private timer?: NodeJS.Timeout;
  private closed = false;

  constructor(private readonly deps: PresenceWatchDeps) {}

  /** Watches these users (most important first) instead of the previous ones, fetching those new to the watch once. */
  async watch(userIds: string[]): Promise<Outcome<null>> {
    if (this.closed) return { ok: true, value: null };
    const wanted = [...new Set(userIds)];
    const before = new Set(this.watched);
    this.watched = wanted;
    this.follow(wanted);
    const fresh = wanted.filter((id) => !before.has(id));
    return fresh.length > 0 ? this.refresh(fresh) : { ok: true, value: null };
  }

  /** How presence is followed now. */
  get status(): PresenceWatchStatus {
    return {
      live: this.live.size,
      polled: this.polled.size,
      reasons: [...new Set(this.polled.values())],
    };
  }

  /** Stops every topic and the poll. */
  close(): void {
    this.closed = true;
    clearInterval(this.timer);
    this.timer = undefined;
    this.forgetChannel();
  }

  /** Subscribes the users the budget allows, unsubscribes those that left, polls the rest. */
  private follow(wanted: string[]): void {
    const channel = this.deps.channel();
    if (!channel.ok || channel.value !== this.channel) this.forgetChannel();
    if (channel.ok && !this.channel) this.adopt(channel.value);
    const liveIds = new Set(
      channel.ok ? wanted.filter((id) => !this.rejected.has(id)).slice(0, LIVE_PRESENCE_USERS) : [],
    );
    for (const [id, user] of this.live)
      if (!liveIds.has(id)) {
        for (const listening of user.listening) listening.stop();
        this.live.delete(id);
      }
    for (const id of liveIds) if (!this.live.has(id)) this.subscribe(id);
    this.polled.clear();
    for (const id of wanted) {
      if (this.live.has(id)) continue;
      const reason = !channel.ok
        ? `Live presence is unavailable (${channel.error.title}).`
        : (this.rejected.get(id) ??
          `Live presence covers ${LIVE_PRESENCE_USERS} people at most (the notification channel's topic limit).`);
      this.polled.set(id, reason);
    }
    this.schedule();
  }

  private adopt(channel: TopicChannel): void {
    this.channel = channel;
    this.wasLive = this.everLive = channel.status.health === 'live';
    this.health = channel.onHealth((health) => {
      if (health === 'live' && !this.wasLive && this.everLive && this.live.size > 0)
        // Genesys does not replay what changed while the socket was down: read it once.
        fireAndForget(this.refresh([...this.live.keys()]), 'reading presence after the socket came back');
      this.wasLive = health === 'live';
      this.everLive ||= this.wasLive;
      this.schedule();
    });
  }

  private forgetChannel(): void {
    for (const user of this.live.values()) for (const listening of user.listening) listening.stop();
    this.live.clear();
    this.rejected.clear();
    this.health?.stop();
    this.health = undefined;
    this.channel = undefined;
  }

  private subscribe(userId: string): void {
    const channel = this.channel;
    if (!channel) return;
    const user: LiveUser = { listening: [] };
    this.live.set(userId, user);
    const heard = (signal: TopicSignal, read: (body: unknown) => Presence | undefined | 'ignored'): void => {
      if (signal.kind === 'rejected') {
        this.reject(userId, signal.error);
        return;
      }
      const presence = read(signal.body);
      if (presence !== 'ignored') this.apply(new Map([[`user:${userId}`, presence]]));
    };
    user.listening.push(
      channel.listen(presenceTopic(userId), (signal) => heard(signal, (body) => this.fromPresence(userId, body))),
      channel.listen(routingTopic(userId), (signal) => heard(signal, (body) => this.fromRouting(userId, body))),
    );
  }

  /** A presence event: the new presence, keeping the routing status known; unreadable events change nothing. */
  private fromPresence(userId: string, body: unknown): Presence | undefined | 'ignored' {
    const parsed = v.safeParse(PresenceEventSchema, body);
    if (!parsed.success) return 'ignored';
    const routing = this.deps.known.get(`user:${userId}`)?.routingStatus;
    return userPresence({ presence: parsed.output, ...(routing ? { routingStatus: { status: routing } } : {}) });
  }

  /** A routing-status event: the known presence with the new status; without a known presence it stays unknown. */
  private fromRouting(userId: string, body: unknown): Presence | undefined | 'ignored' {
    const parsed = v.safeParse(RoutingEventSchema, body);
    const known = this.deps.known.get(`user:${userId}`);
    if (!parsed.success || !known) return 'ignored';
    const status = parsed.output.routingStatus?.status;
    const next: Presence = { ...known };
    delete next.routingStatus;
    if (status && isRoutingStatus(status)) next.routingStatus = status;
    return next;
  }

  private reject(userId: string, error: ExplainedError): void {
    const user = this.live.get(userId);
    if (!user) return;
    for (const listening of user.listening) listening.stop();
    this.live.delete(userId);
    const reason = `${error.title}: ${error.detail}`;
    this.rejected.set(userId, reason);
    if (this.watched.includes(userId)) this.polled.set(userId, reason);
    this.schedule();
  }

  /** Polls while someone is polled or the socket is down; stops when everyone is live. */
  private schedule(): void {
    const needed =
      !this.closed && (this.polled.size > 0 || (this.live.size > 0 && this.channel?.status.health !== 'live'));
    if (needed && !this.timer) {
      this.timer = setInterval(() => fireAndForget(this.poll(), 'refreshing presence'), this.deps.pollMs);
      this.timer.unref();
    } else if (!needed && this.timer) {
      clearInterval(this.timer);
      this.timer = undefined;
    }
  }

  private async poll(): Promise<void> {
    const socketDown = this.channel?.status.health !== 'live';
    const ids = socketDown ? this.watched : [...this.polled.keys()];
    if (ids.length > 0) await this.refresh(ids);
  }

  private async refresh(userIds: string[]): Promise<Outcome<null>> {
    const found = await this.deps.fetch(userIds);
    if (!found.ok) return found;
    if (!this.closed) this.apply(found.value);
    return { ok: true, value: null };
  }

  /** Stores what is known now and tells the changes (absent presence: unknown, removed). */
  private apply(found: Map<string, Presence | undefined>): void {
    const changes: PresenceChange[] = [];
    for (const [contactId, presence] of found) {
      const before = this.deps.known.get(contactId);
      if (presence) this.deps.known.set(contactId, presence);
      else this.deps.known.delete(contactId);
      if (JSON.stringify(before) !== JSON.stringify(presence))
        changes.push({ contactId, ...(presence ? { presence } : {}) });
    }
    if (changes.length > 0) this.deps.onChange(changes);
  }
}
