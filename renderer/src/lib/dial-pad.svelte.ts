import { formatAsYouType } from '../../../electron/core/phone/as-you-type.js';
import type { PayloadOf, SoftdialApi, ValueOf } from '../../../electron/ipc/contract.js';
import type { ExplainedError } from '../../../electron/shared/explained-error.js';
import { fireAndForget } from '../../../electron/shared/unexpected-errors.js';

/** A number as the core read it. */
export type Reading = ValueOf<'parse'>;
/** A call's progress. */
export type Progress = ValueOf<'hangUp'>;
/** A refusal, explained. */
export type Explained = ExplainedError;
type Placed = ValueOf<'dial'>;
type Source = PayloadOf<'dialRequested'>['source'];

const PREVIEW_DELAY_MS = 120;

/**
 * The dial pad's state: the text as typed (formatted as you type), the core's reading of it, a reading
 * waiting for confirmation, the call in progress and the last refusal. Components only render it.
 */
export class DialPad {
  text = $state('');
  reading = $state<Reading | null>(null);
  confirming = $state<{ reading: Extract<Reading, { ok: true }>; text: string; source: Source } | null>(null);
  call = $state<{ placed: Placed; progress: Progress | null } | null>(null);
  failure = $state<Explained | null>(null);
  waiting = $state<{ seconds: number; reason: string } | null>(null);
  busy = $state(false);
  defaultCountry = $state<string | undefined>(undefined);
  private previewTimer: ReturnType<typeof setTimeout> | undefined;
  private previewSequence = 0;

  constructor(private readonly api: SoftdialApi) {
    api.on('callProgress', (progress) => {
      if (this.call && this.call.placed.conversationId === progress.conversationId)
        this.call = { ...this.call, progress };
    });
    api.on('dialWaiting', (waiting) => (this.waiting = waiting));
    api.on('dialRequested', (request) => this.offer(request));
    api.on('unexpectedError', (error) => (this.failure = error));
  }

  /** Takes a keystroke or a paste: formats digits as you type, keeps the caret, and schedules the preview. */
  type(value: string, caret: number): { text: string; caret: number } {
    const formatted = formatAsYouType(value, caret, this.defaultCountry);
    this.text = formatted.text;
    this.failure = null;
    this.confirming = null;
    clearTimeout(this.previewTimer);
    this.previewTimer = setTimeout(() => fireAndForget(this.preview(), 'reading the number'), PREVIEW_DELAY_MS);
    return formatted;
  }

  /** Asks the core how it reads the current text; a stale answer never replaces a newer one. */
  async preview(): Promise<void> {
    const sequence = ++this.previewSequence;
    if (this.text.trim() === '') {
      this.reading = null;
      return;
    }
    const result = await this.api.parse(this.text);
    if (sequence === this.previewSequence) this.reading = result.ok ? result.value : null;
  }

  /** A number from the tray, a link or the hotkey: shown with its reading, dialled at once only when allowed. */
  private offer(request: PayloadOf<'dialRequested'>): void {
    this.text = request.text;
    this.reading = request.reading;
    this.failure = null;
    if (!request.reading.ok) return;
    if (request.confirmFirst)
      this.confirming = { reading: request.reading, text: request.text, source: request.source };
    else fireAndForget(this.dial({ text: request.text, source: request.source }), 'dialling');
  }

  /** Dials the current text (or a confirmed reading); an uncertain reading comes back for confirmation. */
  async dial(options: { confirmed?: boolean; text?: string; source?: Source } = {}): Promise<void> {
    const text = options.text ?? this.text;
    if (text.trim() === '' || this.busy) return;
    this.busy = true;
    this.failure = null;
    this.waiting = null;
    try {
      const result = await this.api.dial({
        text,
        source: options.source ?? 'pad',
        ...(options.confirmed ? { confirmed: true } : {}),
      });
      if (result.ok) {
        this.confirming = null;
        this.call = { placed: result.value, progress: null };
      } else if (result.error.code === 'needs_confirmation' && result.error.number) {
        this.confirming = { reading: result.error.number, text, source: options.source ?? 'pad' };
      } else {
        this.confirming = null;
        this.failure = result.error;
      }
    } finally {
      this.busy = false;
      this.waiting = null;
    }
  }

  /** Dials the reading waiting for confirmation, or its alternative. */
  confirm(useAlternative = false): Promise<void> {
    const pending = this.confirming;
    if (!pending) return Promise.resolve();
    const text =
      useAlternative && pending.reading.alternative ? pending.reading.alternative.e164 : pending.reading.e164;
    return this.dial({ confirmed: true, text, source: pending.source });
  }

  cancelConfirmation(): void {
    this.confirming = null;
  }

  async hangUp(): Promise<void> {
    const id = this.call?.placed.conversationId;
    if (!id) return;
    const result = await this.api.hangUp(id);
    if (result.ok && this.call) this.call = { ...this.call, progress: result.value };
    else if (!result.ok) this.failure = result.error;
  }
}
