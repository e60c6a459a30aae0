import type { PayloadOf, PushEvent } from './contract.js';

/** Where the core sends push events; each transport provides one. */
export interface PushSink {
  emit<E extends PushEvent>(event: E, payload: PayloadOf<E>): void;
}

/** Events that describe a state: only the newest one matters, so a waiting queue keeps just that. */
const LATEST_ONLY: ReadonlySet<PushEvent> = new Set<PushEvent>(['status', 'settingsChanged']);

/** How many pushes wait for a renderer that is not ready, at most, before the oldest are dropped. */
export const MAX_PENDING_PUSHES = 200;

/**
 * Holds pushes until the renderer says it is ready, so a link that arrives before the window has
 * loaded is shown, not lost; then delivers in order, and directly afterwards. While waiting it keeps
 * only the newest state event of each kind and at most `limit` pushes, dropping the oldest (and saying so).
 */
export class PushQueue implements PushSink {
  private pending: [PushEvent, unknown][] = [];
  private isReady = false;

  constructor(
    private readonly deliver: (event: PushEvent, payload: unknown) => void,
    private readonly options: { limit?: number; onDrop?: (event: PushEvent) => void } = {},
  ) {}

  emit<E extends PushEvent>(event: E, payload: PayloadOf<E>): void {
    if (this.isReady) {
      this.deliver(event, payload);
      return;
    }
    if (LATEST_ONLY.has(event)) this.pending = this.pending.filter(([waiting]) => waiting !== event);
    this.pending.push([event, payload]);
    const limit = this.options.limit ?? MAX_PENDING_PUSHES;
    while (this.pending.length > limit) {
      const dropped = this.pending.shift();
      if (dropped) this.options.onDrop?.(dropped[0]);
    }
  }

  /** How many pushes are waiting for the renderer. */
  get waiting(): number {
    return this.pending.length;
  }

  markReady(): void {
    this.isReady = true;
    const pending = this.pending;
    this.pending = [];
    for (const [event, payload] of pending) this.deliver(event, payload);
  }

  /** The renderer went away (reload, closed window): queue again until it is ready again. */
  markNotReady(): void {
    this.isReady = false;
  }
}
