import type { Clock } from '../../shared/clock.js';
import { noOnBehalfUser } from '../connection/resolve-connection.js';
import type { ConnectionConfig } from '../connection/resolve-connection.js';
import {
  explainEmergency,
  explainNeedsConfirmation,
  explainPhoneError,
  explainReadingChanged,
} from '../explain/catalog.js';
import type { DialSource } from '../../shared/closed-sets.js';
import type { Seen } from '../../shared/seen-reading.js';
import type { ExplainedError } from '../../shared/explained-error.js';
import { fail, ok } from '../../shared/outcome.js';
import type { Outcome } from '../../shared/outcome.js';
import type { GenesysApi } from '../genesys/api.js';
import { GENESYS_PATHS } from '../genesys/paths.js';
import { CreateCallResponseSchema } from '../genesys/schemas.js';
import { readNumber } from '../phone/read-number.js';
import type { ParsedPhone, PhoneResult } from '../phone/types.js';
import type { Settings } from '../settings/schema.js';
import { createCallRequest } from './call-request.js';
import type { CreateCallRequest } from './call-request.js';
import type { ContactLookup } from './contacts.js';
import type { DialClaims } from './dial-claims.js';
import { DialGuard } from './dial-guard.js';
import { internalExtension } from './internal-extension.js';

/** The number the agent saw before dialling (E.164, or a short code's digits, and the extension), or null: no number. */
export type SeenReading = Seen;

/** Whether a reading is what the agent saw: the same number and extension, or no number both times. */
function readsAsSeen(seen: SeenReading, now: PhoneResult): boolean {
  if (seen === null || !now.ok) return seen === null && !now.ok;
  return now.e164 === seen.e164 && (now.extension ?? '') === (seen.extension ?? '');
}

/** An intent to dial: a text to read or a contact, and the per-call choices. */
export interface DialRequest {
  text?: string;
  contactId?: string;
  source: DialSource;
  /** What the agent saw: the dial is refused (reading_changed) when the text no longer reads as that. */
  expect?: SeenReading;
  /** The agent has seen the reading and confirmed it (needed when the reading asks for a look). */
  confirmed?: boolean;
  asUserId?: string;
  callerId?: string;
  callerIdName?: string;
  queueId?: string;
  dryRun?: boolean;
  /** Told before waiting out a rate limit, for a countdown. */
  onWait?: (seconds: number, reason: string) => void;
  /** Cancels the dial while it waits out a rate limit. */
  signal?: AbortSignal;
}

/** A placed (or, dry run, would-be) call. */
export interface PlacedCall {
  conversationId?: string;
  endpoint: string;
  /** The user the call is placed for (on behalf, client credentials); absent: the token's own user. */
  asUserId?: string;
  body: CreateCallRequest;
  number: ParsedPhone;
  /** Another dial of the same number in the guard window (in this process or another) placed this call; this one joined it. */
  shared: boolean;
  dryRun: boolean;
}

/** A refused dial, explained; with the reading when the number was read, so the window can show it. */
export type DialFailure = ExplainedError & { number?: ParsedPhone };

/** A placed call, or why not. */
export type DialOutcome = Outcome<PlacedCall, DialFailure>;

/** What a dial needs to know about the connection at that moment. */
export interface DialContext {
  api: GenesysApi;
  config: ConnectionConfig;
  settings: Settings;
  defaultCountry?: string;
}

/** The dialer's collaborators, injected. */
export interface DialerDeps {
  context: () => Outcome<DialContext>;
  contacts: ContactLookup;
  clock: Clock;
  guardWindowMs: () => number;
  /** The guard between processes on this machine (the window and the CLI). */
  claims: DialClaims;
}

/** The conversation id of a posted call (`elsewhere`: another process placed it), or why Genesys refused it. */
type PostOutcome = Outcome<{ conversationId: string; elsewhere: boolean }>;

/**
 * From "the agent wants to call this" to "Genesys Cloud is placing the call": reads the number, asks for
 * a look when the reading is uncertain, builds the documented body, posts it once per number per window.
 */
export class Dialer {
  private readonly guard: DialGuard<PostOutcome>;

  constructor(private readonly deps: DialerDeps) {
    this.guard = new DialGuard(deps.guardWindowMs, deps.clock);
  }

  async dial(request: DialRequest): Promise<DialOutcome> {
    const context = this.deps.context();
    if (!context.ok) return context;
    const { api, config, settings } = context.value;
    let text = request.text;
    let internal: string | undefined;
    if (text === undefined && request.contactId !== undefined) {
      const found = await this.deps.contacts.lookup(request.contactId, api);
      if (!found.ok) return found;
      text = found.value.phone;
      internal = found.value.internalExtension;
    }
    const number = internal
      ? internalExtension(internal)
      : readNumber(text ?? '', { defaultCountry: context.value.defaultCountry });
    if (request.expect !== undefined && !readsAsSeen(request.expect, number)) {
      const seen =
        request.expect &&
        `${request.expect.e164}${request.expect.extension ? ` ext. ${request.expect.extension}` : ''}`;
      return fail(explainReadingChanged(seen, number));
    }
    if (!number.ok) return fail(explainPhoneError(number));
    if (number.type === 'EMERGENCY') return fail(explainEmergency(number));
    if (number.confirm && !request.confirmed) {
      const notes = number.notes.map((note) => note.message);
      const surface = request.source === 'cli' ? 'cli' : 'window';
      return fail({ ...explainNeedsConfirmation(notes, number.alternative?.international, surface), number });
    }
    const body = createCallRequest(number.e164, {
      callerId: request.callerId ?? settings.callerId,
      callerIdName: request.callerIdName ?? settings.callerIdName,
      callFromQueueId: request.queueId ?? settings.callFromQueueId,
    });
    const asUser = request.asUserId ?? config.onBehalfOfUserId;
    if (config.mode === 'client-credentials' && !asUser) return fail({ ...noOnBehalfUser(), number });
    const endpoint = GENESYS_PATHS.calls(asUser);
    const placedFor = asUser ? { asUserId: asUser } : {};
    if (request.dryRun) return ok({ endpoint, ...placedFor, body, number, shared: false, dryRun: true });
    const key = `${asUser ?? 'me'}|${number.e164}`;
    const { outcome, shared } = this.guard.run(key, () =>
      this.postOnce(key, () => this.post(api, endpoint, body, request)),
    );
    const posted = await outcome;
    return posted.ok
      ? ok({
          conversationId: posted.value.conversationId,
          endpoint,
          ...placedFor,
          body,
          number,
          shared: shared || posted.value.elsewhere,
          dryRun: false,
        })
      : fail({ ...posted.error, number });
  }

  /** Posts unless another process placed the same call within the guard window; then answers that call. */
  private async postOnce(key: string, post: () => Promise<Outcome<string>>): Promise<PostOutcome> {
    const windowMs = this.deps.guardWindowMs();
    if (windowMs === 0) {
      const posted = await post();
      return posted.ok ? ok({ conversationId: posted.value, elsewhere: false }) : posted;
    }
    const claim = await this.deps.claims.claimOrWait(key, windowMs);
    if (claim.kind === 'placed') return ok({ conversationId: claim.conversationId, elsewhere: true });
    const posted = await post().catch(async (error: unknown) => {
      await this.deps.claims.settle(key, undefined, windowMs);
      throw error;
    });
    await this.deps.claims.settle(key, posted.ok ? posted.value : undefined, windowMs);
    return posted.ok ? ok({ conversationId: posted.value, elsewhere: false }) : posted;
  }

  private async post(
    api: GenesysApi,
    endpoint: string,
    body: CreateCallRequest,
    { onWait, signal }: Pick<DialRequest, 'onWait' | 'signal'>,
  ): Promise<Outcome<string>> {
    const result = await api.call({
      method: 'POST',
      path: endpoint,
      body,
      schema: CreateCallResponseSchema,
      action: 'dial',
      ...(onWait ? { onWait } : {}),
      ...(signal ? { signal } : {}),
    });
    return result.ok ? ok(result.value.id) : result;
  }
}
