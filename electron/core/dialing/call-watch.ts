import * as v from 'valibot';
import type { Clock } from '../../shared/clock.js';
import type { ExplainedError } from '../../shared/explained-error.js';
import { ok } from '../../shared/outcome.js';
import type { Outcome } from '../../shared/outcome.js';
import type { GenesysApi } from '../genesys/api.js';
import type { ChannelHealth, NotificationChannel, TopicSignal } from '../genesys/notification-channel.js';
import { CallConversationSchema } from '../genesys/schemas.js';
import { explainUnknownState, fetchConversation, isTerminal, progressOf } from './call-progress.js';
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

/**
 * Follows a call until it ends: one GET to start, then the notification socket; GETs only while the
 * socket is refused or down (every 5 s or more, honouring Retry-After), and one to catch up when it is
 * back. Every terminal state ends the watch; a watch seeing only unreadable states ends after
 * `unknownLimitMs` with an explained "state unknown".
 */
export async function watchCall(
  api: GenesysApi,
  conversationId: string,
  onProgress: (progress: CallProgress) => void,
  options: WatchOptions,
): Promise<Outcome<CallProgress>> {
  const { clock } = options;
  const pollMs = Math.max(MIN_POLL_MS, options.pollIntervalMs ?? MIN_POLL_MS);
  const unknownLimitMs = options.unknownLimitMs ?? 60_000;
  const started = clock.now();
  let last: CallProgress | undefined;
  let unknownSince: number | undefined;
  let failures = 0;

  /** Records a reading; true when the watch is over. */
  const observe = (progress: CallProgress): boolean => {
    const previous = last;
    if (previous === undefined || progress.phase !== previous.phase || progress.state !== previous.state)
      onProgress(progress);
    last = progress;
    if (progress.phase === 'unknown') unknownSince ??= clock.now();
    else unknownSince = undefined;
    return isTerminal(progress);
  };

  const mailbox = new Mailbox();
  // An abort (the page is gone) wakes a watch waiting on the socket, so it stops listening at once.
  const onAbort = (): void => {
    mailbox.push({ kind: 'timeout' });
  };
  options.signal?.addEventListener('abort', onAbort, { once: true });
  let live = false;
  let rejected = false;
  const stops: (() => void)[] = [() => options.signal?.removeEventListener('abort', onAbort)];
  /** Listens to the user's call topic; true when the socket is live. */
  const subscribe = async (userId: string, channel: NotificationChannel): Promise<boolean> => {
    const topic = `v2.users.${userId}.conversations.calls`;
    stops.push(channel.listen(topic, (signal) => mailbox.push({ kind: 'signal', signal })).stop);
    stops.push(channel.onHealth((health) => mailbox.push({ kind: 'health', health })).stop);
    const isLive = (await channel.settled()) === 'live';
    if (!isLive && channel.status.problem) options.onNotice?.(channel.status.problem);
    return isLive;
  };

  // Subscribe first when the user is known, so one GET covers everything before the first event.
  if (options.channel && options.userId) live = await subscribe(options.userId, options.channel);
  const first = await fetchConversation(api, conversationId);
  if (!first.ok) return finish(stops, first);
  if (observe(progressOf(first.value))) return finish(stops, ok(last as CallProgress));
  const owner = first.value.participants.find((participant) => participant.purpose === 'user')?.user?.id;
  if (options.channel && !options.userId && owner) {
    options.onOwner?.(owner);
    live = await subscribe(owner, options.channel);
    // Events between the first GET and the subscription are not replayed: read the call once more.
    if (live) {
      const caught = await fetchConversation(api, conversationId);
      if (caught.ok && observe(progressOf(caught.value))) return finish(stops, ok(last as CallProgress));
    }
  }

  for (;;) {
    const current = last as CallProgress;
    if (options.signal?.aborted || clock.now() - started >= (options.maxMs ?? 4 * 3_600_000))
      return finish(stops, ok(current));
    if (unknownSince !== undefined && clock.now() - unknownSince >= unknownLimitMs)
      return finish(stops, { ok: false, error: explainUnknownState(current, clock.now() - unknownSince) });
    if (live) {
      const untilUnknownLimit = unknownSince === undefined ? RECHECK_MS : unknownSince + unknownLimitMs - clock.now();
      const wake = await mailbox.next(Math.max(1, Math.min(RECHECK_MS, untilUnknownLimit)));
      if (wake.kind === 'signal') {
        if (wake.signal.kind === 'rejected') {
          live = false;
          rejected = true;
          options.onNotice?.(wake.signal.error);
          continue;
        }
        const body = v.safeParse(CallConversationSchema, wake.signal.body);
        if (!body.success || body.output.id !== conversationId) continue;
        if (observe(progressOf(body.output))) return finish(stops, ok(last as CallProgress));
      } else if (wake.kind === 'health' && wake.health === 'down') {
        live = false;
      }
      continue;
    }
    // Fallback: the socket is refused or down. Poll, slowly, until it is back.
    const polled = await fetchConversation(api, conversationId);
    if (polled.ok) {
      failures = 0;
      if (observe(progressOf(polled.value))) return finish(stops, ok(last as CallProgress));
    } else if (!polled.error.retryable || ++failures > MAX_TRANSIENT_FAILURES) {
      return finish(stops, polled);
    }
    const waitMs = Math.max(pollMs, (polled.ok ? 0 : (polled.error.retryAfterSeconds ?? 0)) * 1000);
    const wake = await Promise.race([
      clock.sleep(waitMs).then((): Wake => ({ kind: 'timeout' })),
      options.channel ? mailbox.next(waitMs) : new Promise<Wake>(() => undefined),
    ]);
    mailbox.cancel();
    if (wake.kind === 'signal' && wake.signal.kind === 'rejected') {
      rejected = true;
      options.onNotice?.(wake.signal.error);
    }
    if (wake.kind === 'signal' && wake.signal.kind === 'event') {
      const body = v.safeParse(CallConversationSchema, wake.signal.body);
      if (body.success && body.output.id === conversationId && observe(progressOf(body.output)))
        return finish(stops, ok(last as CallProgress));
    }
    if (options.channel?.status.health === 'live' && !rejected) {
      // Back on the socket: Genesys does not replay what was missed, so read the call once, then stop polling.
      live = true;
      const caught = await fetchConversation(api, conversationId);
      if (caught.ok && observe(progressOf(caught.value))) return finish(stops, ok(last as CallProgress));
    }
  }
}

function finish<T>(stops: (() => void)[], outcome: T): T {
  for (const stop of stops) stop();
  return outcome;
}
