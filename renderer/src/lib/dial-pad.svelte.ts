import type { PayloadOf, SoftdialApi, ValueOf } from '../../../electron/ipc/contract.js';
import type { ExplainedError } from '../../../electron/shared/explained-error.js';
import { seenOf } from '../../../electron/shared/seen-reading.js';
import type { Seen } from '../../../electron/shared/seen-reading.js';
import { fireAndForget } from '../../../electron/shared/unexpected-errors.js';
import { readingOf } from './readings.js';
import { formatTyped } from './typing.js';

/** A number as read. */
export type Reading = ValueOf<'parse'>;
/** A number read with confidence enough to show. */
export type ParsedReading = Extract<Reading, { ok: true }>;
/** A call's progress. */
export type Progress = ValueOf<'hangUp'>;
/** A refusal, explained. */
export type Explained = ExplainedError;
/** Where a dial comes from. */
export type Source = PayloadOf<'dialRequested'>['source'];
type Placed = ValueOf<'dial'>;

/** A call just finished, shown with Redial and Favourite for a few seconds. */
export interface Ended {
  number: ParsedReading;
  seconds: number;
}

/** A number this window dialled, for redial and the recent calls list. */
export interface Dialled {
  number: ParsedReading;
  at: number;
  outcome: 'placed' | 'refused' | 'ended';
  seconds?: number;
  contactName?: string;
}

const ENDED_SHOWN_MS = 8000;
const MAX_DIALLED = 50;

/**
 * The box's state: the text as typed (formatted as you type), its reading, a reading waiting for
 * confirmation, the call in progress or just ended, and the last refusal. Components only render it.
 */
export class DialPad {
  text = $state('');
  defaultCountry = $state<string | undefined>(undefined);
  /** The reading of the box, painted in the same frame as the keystroke. */
  reading = $derived.by<Reading | null>(() => readingOf(this.text, this.defaultCountry));
  /** Every number in a paste holding several, for the chooser. */
  choices = $derived.by<ParsedReading['readings']>(() => {
    const reading = this.reading;
    return reading?.ok && reading.readings.length > 1 ? reading.readings : [];
  });
  confirming = $state<{ reading: ParsedReading; text: string; source: Source } | null>(null);
  call = $state<{ placed: Placed; progress: Progress | null; startedAt: number; connectedAt?: number } | null>(null);
  ended = $state<Ended | null>(null);
  failure = $state<Explained | null>(null);
  waiting = $state<{ seconds: number; reason: string } | null>(null);
  busy = $state(false);
  /** Said when the agent asks for another call while one is being placed (a second Enter during a wait). */
  notice = $state<string | null>(null);
  /** The number being placed, as the bar names it while the call waits. */
  placing = $state<string | null>(null);
  dialled = $state<Dialled[]>([]);
  private endedTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly api: SoftdialApi,
    private readonly now: () => number = Date.now,
  ) {
    api.on('callProgress', (progress) => this.progress(progress));
    api.on('dialWaiting', (waiting) => (this.waiting = waiting));
    api.on('dialRequested', (request) => this.offer(request));
    api.on('unexpectedError', (error) => (this.failure = error));
  }

  /** True while a call is placed and not yet ended. */
  get inCall(): boolean {
    return this.call !== null;
  }

  /** Takes a keystroke or a paste: lays out typed digits when that is certain, keeps the caret; clears an old refusal. */
  type(value: string, caret: number, pasted = false): { text: string; caret: number } {
    const formatted = formatTyped(value, caret, this.defaultCountry, pasted);
    this.text = formatted.text;
    this.failure = null;
    this.confirming = null;
    return formatted;
  }

  /** Replaces the box's text (a keypad key, a contact's number, Esc). */
  setText(text: string): void {
    this.type(text, text.length);
  }

  /** Esc: cancels a confirmation, else clears a refusal, else clears the box. Never hangs up. */
  escape(): void {
    if (this.confirming) this.confirming = null;
    else if (this.failure) this.failure = null;
    else this.setText('');
  }

  /** A number from the tray, a link or the hotkey: shown with its reading, dialled at once only when allowed. */
  private offer(request: PayloadOf<'dialRequested'>): void {
    this.type(request.text, request.text.length, true);
    if (!request.reading.ok) return;
    // An emergency number is never confirmed: the core refuses it, and the refusal says to use a phone.
    if (request.confirmFirst && request.reading.type !== 'EMERGENCY')
      this.confirming = { reading: request.reading, text: request.text, source: request.source };
    else
      fireAndForget(
        this.dial({ text: request.text, source: request.source, expect: seenOf(request.reading) }),
        'dialling',
      );
  }

  /**
   * Dials the box (or a given text or contact) with the reading the window shows for it, so the core refuses
   * the dial if it reads the text otherwise; an uncertain reading comes back for confirmation.
   */
  async dial(
    options: {
      confirmed?: boolean;
      text?: string;
      source?: Source;
      contactId?: string;
      contactName?: string;
      expect?: Seen;
    } = {},
  ): Promise<void> {
    const text = options.text ?? this.text;
    if (options.contactId === undefined && text.trim() === '') return;
    if (this.busy) {
      this.notice = 'A call is already being placed: wait for it, or Cancel.';
      return;
    }
    const shown = options.contactId === undefined ? readingOf(text, this.defaultCountry) : null;
    const expect = options.expect !== undefined ? options.expect : shown ? seenOf(shown) : undefined;
    const source = options.source ?? 'pad';
    this.busy = true;
    this.placing = shown?.ok ? shown.international : text.trim() || (options.contactName ?? null);
    this.notice = null;
    this.failure = null;
    this.waiting = null;
    this.clearEnded();
    try {
      const result = await this.api.dial({
        ...(options.contactId !== undefined ? { contactId: options.contactId } : { text }),
        source,
        ...(options.confirmed ? { confirmed: true } : {}),
        ...(expect !== undefined ? { expect } : {}),
      });
      if (result.ok) {
        this.confirming = null;
        this.text = '';
        this.call = { placed: result.value, progress: null, startedAt: this.now() };
        this.remember({
          number: result.value.number,
          at: this.now(),
          outcome: 'placed',
          ...(options.contactName ? { contactName: options.contactName } : {}),
        });
      } else if (result.error.code === 'needs_confirmation' && result.error.number) {
        this.confirming = { reading: result.error.number, text, source };
      } else {
        this.confirming = null;
        this.failure = result.error;
        if (result.error.number) this.remember({ number: result.error.number, at: this.now(), outcome: 'refused' });
      }
    } finally {
      this.busy = false;
      this.placing = null;
      this.notice = null;
      this.waiting = null;
    }
  }

  /** Dials the reading waiting for confirmation (the text again, expecting that reading), or its alternative. */
  confirm(useAlternative = false): Promise<void> {
    const pending = this.confirming;
    if (!pending) return Promise.resolve();
    const alternative = useAlternative ? pending.reading.alternative : undefined;
    return alternative
      ? this.dial({
          confirmed: true,
          text: alternative.e164,
          source: pending.source,
          expect: { e164: alternative.e164 },
        })
      : this.dial({ confirmed: true, text: pending.text, source: pending.source, expect: seenOf(pending.reading) });
  }

  /** Dials the other reading of ambiguous digits (Alt+Enter). */
  callOtherReading(): Promise<void> {
    const alternative = this.reading?.ok ? this.reading.alternative : undefined;
    return alternative ? this.dial({ text: alternative.e164, confirmed: true }) : Promise.resolve();
  }

  /** Dials the last number again (Ctrl+R, Redial). */
  redial(number?: ParsedReading): Promise<void> {
    const target = number ?? this.ended?.number ?? this.dialled[0]?.number;
    return target ? this.dial({ text: target.e164, source: 'redial', confirmed: true }) : Promise.resolve();
  }

  /** Dials a number from the recent calls again. */
  redialNumber(dial: string): Promise<void> {
    return this.dial({ text: dial, source: 'redial', confirmed: true });
  }

  /** Cancels the call being placed while Genesys Cloud asks softdial to wait (it is then never sent). */
  async cancelPlacing(): Promise<void> {
    await this.api.cancelDial();
  }

  /** Closes the confirmation; a confirmed call still waiting on a rate limit is cancelled with it. */
  cancelConfirmation(): void {
    this.confirming = null;
    if (this.busy && this.waiting) fireAndForget(this.cancelPlacing(), 'cancelling the call');
  }

  async hangUp(): Promise<void> {
    const id = this.call?.placed.conversationId;
    if (!id) return;
    const result = await this.api.hangUp(id);
    if (result.ok) this.progress(result.value);
    else this.failure = result.error;
  }

  private progress(progress: Progress): void {
    const call = this.call;
    if (!call || call.placed.conversationId !== progress.conversationId) return;
    if (progress.phase === 'disconnected') {
      const seconds = call.connectedAt ? Math.round((this.now() - call.connectedAt) / 1000) : 0;
      this.call = null;
      this.ended = { number: call.placed.number, seconds };
      this.dialled = this.dialled.map((entry, index) =>
        index === 0 && entry.number.e164 === call.placed.number.e164 ? { ...entry, outcome: 'ended', seconds } : entry,
      );
      clearTimeout(this.endedTimer);
      this.endedTimer = setTimeout(() => (this.ended = null), ENDED_SHOWN_MS);
      return;
    }
    const connectedAt = call.connectedAt ?? (progress.phase === 'connected' ? this.now() : undefined);
    this.call = { ...call, progress, ...(connectedAt !== undefined ? { connectedAt } : {}) };
  }

  private clearEnded(): void {
    clearTimeout(this.endedTimer);
    this.ended = null;
  }

  private remember(entry: Dialled): void {
    this.dialled = [entry, ...this.dialled].slice(0, MAX_DIALLED);
  }
}
