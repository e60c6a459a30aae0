import type { PayloadOf, PushEvent } from './contract.js';

/** Where the core sends push events; each transport provides one. */
export interface PushSink {
  emit<E extends PushEvent>(event: E, payload: PayloadOf<E>): void;
}

/**
 * Holds pushes until the renderer says it is ready, so a link that arrives before the window has
 * loaded is shown, not lost; then delivers in order, and directly afterwards.
 */
export class PushQueue implements PushSink {
  private pending: [PushEvent, unknown][] = [];
  private isReady = false;

  constructor(private readonly deliver: (event: PushEvent, payload: unknown) => void) {}

  emit<E extends PushEvent>(event: E, payload: PayloadOf<E>): void {
    if (this.isReady) this.deliver(event, payload);
    else this.pending.push([event, payload]);
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
