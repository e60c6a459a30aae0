import * as v from 'valibot';
import type { Clock } from '../../shared/clock.js';
import type { ExplainedError } from '../../shared/explained-error.js';
import { fail, ok } from '../../shared/outcome.js';
import type { Outcome } from '../../shared/outcome.js';
import type { GenesysApi } from '../genesys/api.js';
import type { ChannelHealth, NotificationChannel, TopicSignal } from '../genesys/notification-channel.js';
import { GENESYS_TOPICS } from '../genesys/paths.js';
import { CallConversationSchema } from '../genesys/schemas.js';
import { explainUnknownState, fetchConversation, isTerminal, progressOf, userIdOf } from './call-progress.js';
import { callerOf } from './participants.js';
import type { CallProgress } from './call-progress.js';

/** How a watch behaves; the defaults keep a token well inside its 300 requests a minute. */
export interface WatchOptions {
  clock: Clock;
  /** The shared notification channel; without it the watch polls. */
  channel?: NotificationChannel;
  /** The user whose call topic to follow; read from the call's own participant when absent. */
  userId?: string;
  /** Between fallback GETs (never below 5 s). */
  pollIntervalMs?: number;
  /** How long only unreadable states may be seen before the watch ends with "state unknown". */
  unknownLimitMs?: number;
  /** A backstop for a call that never ends. */
  maxMs?: number;
  signal?: AbortSignal;
  /** Told whose call topic the call is on, when it had to be read from the call, so later watches subscribe first. */
  onOwner?: (userId: string) => void;
  /** Told when live progress is refused or lost, with the reason (the watch goes on by polling). */
  onNotice?: (notice: ExplainedError) => void;
}

const MIN_POLL_MS = 5_000;
const MAX_TRANSIENT_FAILURES = 3;
/** In socket mode, how often the watch wakes without an event to check its limits. */
const RECHECK_MS = 15_000;

type Wake = { kind: 'signal'; signal: TopicSignal } | { kind: 'health'; health: ChannelHealth } | { kind: 'timeout' };

/** A mailbox of wake-ups: socket events, health changes, or a timeout. */
class Mailbox {
  private readonly queue: Wake[] = [];
  private waiter?: (wake: Wake) => void;
  private timer?: ReturnType<typeof setTimeout>;

  push(wake: Wake): void {
    if (this.waiter) {
      const waiter = this.waiter;
      this.waiter = undefined;
      waiter(wake);
    } else this.queue.push(wake);
  }

  next(timeoutMs: number): Promise<Wake> {
    const queued = this.queue.shift();
    if (queued) return Promise.resolve(queued);
    return new Promise((resolve) => {
      this.timer = setTimeout(() => {
        this.waiter = undefined;
        resolve({ kind: 'timeout' });
      }, timeoutMs);
      this.waiter = (wake) => {
        clearTimeout(this.timer);
        resolve(wake);
      };
    });
  }

  /** Gives up the current wait; later wake-ups queue for the next one. */
  cancel(): void {
    clearTimeout(this.timer);
    this.waiter = undefined;
  }
}

/** Where a watch stands: following the socket, polling while the socket is refused or down, or over. */
type WatchState = { kind: 'live' } | { kind: 'polling' } | { kind: 'over'; outcome: Outcome<CallProgress> };

const LIVE: WatchState = { kind: 'live' };
const POLLING: WatchState = { kind: 'polling' };
const over = (outcome: Outcome<CallProgress>): WatchState => ({ kind: 'over', outcome });

/** One call followed to its end, as a small state machine: start, then live or polling, until over. */
class CallWatch {
  private readonly mailbox = new Mailbox();
  private readonly stops: (() => void)[] = [];
  private readonly started: number;
  private last: CallProgress | undefined;
  private unknownSince: number | undefined;
  private failures = 0;
  /** The socket refused the call topic: the watch polls to the end, whatever the socket's health. */
  private rejected = false;
  /** Whose side the call is read from: a colleague called is the far end, although a user too. */
  private caller: string | undefined;

  constructor(
    private readonly api: GenesysApi,
    private readonly conversationId: string,
    private readonly onProgress: (progress: CallProgress) => void,
    private readonly options: WatchOptions,
  ) {
    this.started = options.clock.now();
    this.caller = options.userId;
  }

  async run(): Promise<Outcome<CallProgress>> {
    // An abort (the page is gone) wakes a watch waiting on the socket, so it stops listening at once.
    const onAbort = (): void => {
      this.mailbox.push({ kind: 'timeout' });
    };
    this.options.signal?.addEventListener('abort', onAbort, { once: true });
    this.stops.push(() => this.options.signal?.removeEventListener('abort', onAbort));
    try {
      let state = await this.start();
      while (state.kind !== 'over')
        state = this.limitReached() ?? (state.kind === 'live' ? await this.followSocket() : await this.poll());
      return state.outcome;
    } finally {
      for (const stop of this.stops) stop();
    }
  }

  /** Records a reading; the end of the watch when the call is over. */
  private observe(progress: CallProgress): WatchState | undefined {
    const previous = this.last;
    if (previous === undefined || progress.phase !== previous.phase || progress.state !== previous.state)
      this.onProgress(progress);
    this.last = progress;
    if (progress.phase === 'unknown') this.unknownSince ??= this.options.clock.now();
    else this.unknownSince = undefined;
    return isTerminal(progress) ? over(ok(progress)) : undefined;
  }

  /** Reads the call once more (after a subscription, or back on the socket: Genesys replays nothing). */
  private async catchUp(): Promise<WatchState | undefined> {
    const caught = await fetchConversation(this.api, this.conversationId);
    return caught.ok ? this.observe(progressOf(caught.value, this.caller)) : undefined;
  }

  /** A socket event about this call; anything else is ignored. */
  private readEvent(body: unknown): WatchState | undefined {
    const parsed = v.safeParse(CallConversationSchema, body);
    return parsed.success && parsed.output.id === this.conversationId
      ? this.observe(progressOf(parsed.output, this.caller))
      : undefined;
  }

  /** Listens to the user's call topic; true when the socket is live. */
  private async subscribe(userId: string, channel: NotificationChannel): Promise<boolean> {
    const topic = GENESYS_TOPICS.callsOf(userId);
    this.stops.push(channel.listen(topic, (signal) => this.mailbox.push({ kind: 'signal', signal })).stop);
    this.stops.push(channel.onHealth((health) => this.mailbox.push({ kind: 'health', health })).stop);
    const isLive = (await channel.settled()) === 'live';
    if (!isLive && channel.status.problem) this.options.onNotice?.(channel.status.problem);
    return isLive;
  }

  /** One GET to start; subscribed first when the user is known, so that GET covers everything before the first event. */
  private async start(): Promise<WatchState> {
    const { channel, userId } = this.options;
    let live = channel && userId ? await this.subscribe(userId, channel) : false;
    const first = await fetchConversation(this.api, this.conversationId);
    if (!first.ok) return over(first);
    const ended = this.observe(progressOf(first.value, this.caller));
    if (ended) return ended;
    // The caller joins as purpose user, or agent when the call is placed from a queue.
    const owner = callerOf(first.value.participants, userIdOf, userId)?.user?.id;
    this.caller ??= owner;
    if (channel && !userId && owner) {
      this.options.onOwner?.(owner);
      live = await this.subscribe(owner, channel);
      // Events between the first GET and the subscription are not replayed: read the call once more.
      const caught = live ? await this.catchUp() : undefined;
      if (caught) return caught;
    }
    return live ? LIVE : POLLING;
  }

  /** The end of a watch that ran too long, was aborted, or saw only unreadable states for too long. */
  private limitReached(): WatchState | undefined {
    const current = this.last;
    if (current === undefined) return undefined;
    const now = this.options.clock.now();
    if (this.options.signal?.aborted || now - this.started >= (this.options.maxMs ?? 4 * 3_600_000))
      return over(ok(current));
    const unknownLimitMs = this.options.unknownLimitMs ?? 60_000;
    if (this.unknownSince !== undefined && now - this.unknownSince >= unknownLimitMs)
      return over(fail(explainUnknownState(current, now - this.unknownSince)));
    return undefined;
  }

  /** Live: waits for the socket's next event, a health change, or the next check of the limits. */
  private async followSocket(): Promise<WatchState> {
    const unknownLimitMs = this.options.unknownLimitMs ?? 60_000;
    const untilUnknownLimit =
      this.unknownSince === undefined ? RECHECK_MS : this.unknownSince + unknownLimitMs - this.options.clock.now();
    const wake = await this.mailbox.next(Math.max(1, Math.min(RECHECK_MS, untilUnknownLimit)));
    if (wake.kind === 'signal') {
      if (wake.signal.kind === 'event') return this.readEvent(wake.signal.body) ?? LIVE;
      this.rejected = true;
      this.options.onNotice?.(wake.signal.error);
      return POLLING;
    }
    return wake.kind === 'health' && wake.health === 'down' ? POLLING : LIVE;
  }

  /** Polling: the socket is refused or down. One GET, then a slow wait (honouring Retry-After) that an event cuts short. */
  private async poll(): Promise<WatchState> {
    const polled = await fetchConversation(this.api, this.conversationId);
    if (polled.ok) {
      this.failures = 0;
      const ended = this.observe(progressOf(polled.value, this.caller));
      if (ended) return ended;
    } else if (!polled.error.retryable || ++this.failures > MAX_TRANSIENT_FAILURES) {
      return over(polled);
    }
    const pollMs = Math.max(MIN_POLL_MS, this.options.pollIntervalMs ?? MIN_POLL_MS);
    const waitMs = Math.max(pollMs, (polled.ok ? 0 : (polled.error.retryAfterSeconds ?? 0)) * 1000);
    const wake = await Promise.race([
      this.options.clock.sleep(waitMs).then((): Wake => ({ kind: 'timeout' })),
      this.options.channel ? this.mailbox.next(waitMs) : new Promise<Wake>(() => undefined),
    ]);
    this.mailbox.cancel();
    if (wake.kind === 'signal' && wake.signal.kind === 'rejected') {
      this.rejected = true;
      this.options.onNotice?.(wake.signal.error);
    }
    const ended = wake.kind === 'signal' && wake.signal.kind === 'event' ? this.readEvent(wake.signal.body) : undefined;
    if (ended) return ended;
    if (this.options.channel?.status.health !== 'live' || this.rejected) return POLLING;
    // Back on the socket: Genesys does not replay what was missed, so read the call once, then stop polling.
    return (await this.catchUp()) ?? LIVE;
  }
}

/**
 * Follows a call until it ends: one GET to start, then the notification socket; GETs only while the
 * socket is refused or down (every 5 s or more, honouring Retry-After), and one to catch up when it is
 * back. Every terminal state ends the watch; a watch seeing only unreadable states ends after
 * `unknownLimitMs` with an explained "state unknown".
 */
export function watchCall(
  api: GenesysApi,
  conversationId: string,
  onProgress: (progress: CallProgress) => void,
  options: WatchOptions,
): Promise<Outcome<CallProgress>> {
  return new CallWatch(api, conversationId, onProgress, options).run();
}
