/** Elements whose text is never read: editable fields, code, scripts, styles, and our own layer. */
const SKIP = new Set([
  'INPUT',
  'TEXTAREA',
  'SELECT',
  'OPTION',
  'CODE',
  'PRE',
  'KBD',
  'SAMP',
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'SOFTDIAL-MARKS',
]);
/** The shortest text that can hold a number worth marking. */
const MIN_TEXT = 7;
/** How long one idle slice may work before it yields to the page. */
const SLICE_MS = 8;

/** Whether a text node is one the extension may read: not in a skipped element, not in editable content. */
export function readable(node: Text): boolean {
  if (node.data.length < MIN_TEXT || !/\d/.test(node.data)) return false;
  for (let element = node.parentElement; element; element = element.parentElement) {
    if (SKIP.has(element.tagName) || element.isContentEditable) return false;
  }
  return true;
}

/** Schedules work in the browser's idle time (a timeout where requestIdleCallback is missing). */
const idle = (work: (deadline: { timeRemaining(): number }) => void): void => {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(work, { timeout: 500 });
  else setTimeout(() => work({ timeRemaining: () => SLICE_MS }), 0);
};

/**
 * Reads a page's text nodes in idle time, a slice at a time, and then the nodes the page adds or
 * changes (a single-page app, an infinite list), through a MutationObserver. `read` gets each node once.
 */
export class PageWalker {
  private readonly queue: Node[] = [];
  private scheduled = false;
  private readonly seen = new WeakSet<Text>();
  private readonly observer: MutationObserver;

  constructor(
    private readonly read: (node: Text) => void,
    private readonly afterSlice: () => void,
  ) {
    this.observer = new MutationObserver((records) => {
      for (const record of records) {
        if (record.type === 'characterData') this.queue.push(record.target);
        else record.addedNodes.forEach((node) => this.queue.push(node));
      }
      this.schedule();
    });
  }

  /** Starts with the whole document and follows its changes. */
  start(root: Node): void {
    this.queue.push(root);
    this.observer.observe(root, { childList: true, subtree: true, characterData: true });
    this.schedule();
  }

  private schedule(): void {
    if (this.scheduled || this.queue.length === 0) return;
    this.scheduled = true;
    idle((deadline) => {
      this.scheduled = false;
      const until = performance.now() + Math.min(SLICE_MS, Math.max(1, deadline.timeRemaining()));
      while (this.queue.length > 0 && performance.now() < until) this.visit(this.queue.shift());
      this.afterSlice();
      this.schedule();
    });
  }

  /** Reads a text node, or queues an element's text nodes (a tree walker, in document order). */
  private visit(node: Node | undefined): void {
    if (!node) return;
    if (node instanceof Text) {
      if (!this.seen.has(node) && readable(node)) {
        this.seen.add(node);
        this.read(node);
      }
      return;
    }
    if (!(node instanceof Element || node instanceof Document || node instanceof DocumentFragment)) return;
    if (node instanceof Element && SKIP.has(node.tagName)) return;
    const walker = (node.ownerDocument ?? document).createTreeWalker(node, NodeFilter.SHOW_TEXT);
    const texts: Node[] = [];
    for (let text = walker.nextNode(); text; text = walker.nextNode()) texts.push(text);
    this.queue.unshift(...texts);
  }
}
