import type { PageNumber } from './find-on-page.js';

/** The look of the controls, inside the closed shadow root where the page's styles cannot reach. */
const STYLE = `
:host { all: initial; }
.layer { position: absolute; top: 0; left: 0; width: 0; height: 0; }
button { position: absolute; width: 16px; height: 16px; padding: 0; margin: 0; border: 1px solid #0b6e4f;
  border-radius: 8px; background: #e8f6f0; color: #0b6e4f; font: 10px/14px sans-serif; cursor: pointer; }
button::after { content: attr(data-reading); display: none; position: absolute; left: 18px; top: -2px;
  white-space: nowrap; background: #222; color: #fff; padding: 2px 6px; border-radius: 3px; font: 12px sans-serif; }
button:hover::after, button:focus::after { display: block; }
button.look { border-color: #a15c00; background: #fff4e0; color: #a15c00; }
`;

/** The sentence shown on hover and focus: country, type, and every note the reader made. */
export function readingText(found: PageNumber): string {
  const { reading } = found;
  const type = reading.type ? reading.type.toLowerCase().replace(/_/g, ' ') : 'number';
  return [`${reading.countryName} · ${type}`, ...reading.notes.map((note) => note.message)].join(' · ');
}

/** One mark: a number in a text node and its control. */
interface Mark {
  range: Range;
  button: HTMLButtonElement;
}

/**
 * The controls over the page: one host element outside the page's flow (positioned, zero-sized), its
 * shadow root closed, each number's button placed over the end of the number. Positions follow
 * resizes and layout changes; nothing in the page moves.
 */
export class MarkLayer {
  private readonly root: ShadowRoot;
  private readonly layer: HTMLDivElement;
  private readonly marks: Mark[] = [];

  constructor(
    private readonly onCall: (found: PageNumber) => void,
    doc: Document = document,
  ) {
    const host = doc.createElement('softdial-marks');
    host.style.cssText = 'position:absolute;top:0;left:0;width:0;height:0;z-index:2147483647;';
    this.root = host.attachShadow({ mode: 'closed' });
    const style = doc.createElement('style');
    style.textContent = STYLE;
    this.layer = doc.createElement('div');
    this.layer.className = 'layer';
    this.root.append(style, this.layer);
    doc.documentElement.append(host);
  }

  /** How many numbers are marked. */
  get size(): number {
    return this.marks.length;
  }

  /** The focused control's number (for the keyboard shortcut), if one of ours has the focus. */
  focused(): string | undefined {
    const active = this.root.activeElement;
    return active instanceof HTMLButtonElement ? active.dataset['e164'] : undefined;
  }

  /** Adds the controls of one text node's numbers. */
  add(node: Text, numbers: readonly PageNumber[]): void {
    for (const found of numbers) {
      const range = node.ownerDocument.createRange();
      range.setStart(node, found.start);
      range.setEnd(node, found.end);
      const button = node.ownerDocument.createElement('button');
      button.type = 'button';
      button.textContent = '☎';
      button.setAttribute('aria-label', `Call ${found.reading.international}`);
      button.dataset['reading'] = readingText(found);
      button.dataset['e164'] = found.reading.e164;
      button.title = button.dataset['reading'];
      if (found.reading.confirm) button.classList.add('look');
      // Only a person's click counts: a page script cannot reach a closed root, and a synthetic event is not trusted.
      button.addEventListener('click', (event) => {
        if (event.isTrusted) this.onCall(found);
      });
      this.layer.append(button);
      this.marks.push({ range, button });
    }
  }

  /** Places every control at the end of its number: all reads first, then all writes (one layout). */
  place(): void {
    const scrollX = window.scrollX;
    const scrollY = window.scrollY;
    const rects = this.marks.map((mark) => mark.range.getBoundingClientRect());
    this.marks.forEach((mark, index) => {
      const rect = rects[index];
      if (!rect) return;
      const hidden = rect.width === 0 && rect.height === 0;
      mark.button.hidden = hidden;
      mark.button.style.left = `${rect.right + scrollX + 1}px`;
      mark.button.style.top = `${rect.top + scrollY + Math.max(0, (rect.height - 16) / 2)}px`;
    });
  }
}
