/**
 * Holds what arrives from outside (links from argv, a second launch, macOS open-url) until the app can act on
 * it, then hands it over in order, and directly afterwards. Bounded: a flood of launches keeps the newest.
 */
export class Inbox<T> {
  private waiting: T[] = [];
  private deliver?: (item: T) => void;

  constructor(private readonly limit = 20) {}

  /** Delivers now when open, else keeps it for `open`. */
  add(item: T): void {
    if (this.deliver) this.deliver(item);
    else this.waiting = [...this.waiting, item].slice(-this.limit);
  }

  /** Starts delivering: what waited first, in arrival order. */
  open(deliver: (item: T) => void): void {
    this.deliver = deliver;
    for (const item of this.waiting.splice(0)) deliver(item);
  }
}
