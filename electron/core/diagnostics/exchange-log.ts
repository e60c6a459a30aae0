import type { HttpRequest, HttpResponse } from '../../shared/explained-error.js';
import { redactRequest, redactResponse } from '../explain/redact.js';
import type { HttpClient } from '../genesys/http.js';

/** One exchange with Genesys as support may read it: redacted when recorded, never holding a secret. */
export interface RecordedExchange {
  at: number;
  request: HttpRequest;
  response?: HttpResponse;
  failure?: string;
}

/** The last exchanges with Genesys, redacted as they are recorded, for the diagnostics bundle. */
export class ExchangeLog {
  private readonly entries: RecordedExchange[] = [];

  constructor(
    private readonly limit = 20,
    private readonly now: () => number = Date.now,
  ) {}

  /** Records one exchange (redacted here, so nothing unredacted is ever held). */
  record(request: HttpRequest, outcome: { response: HttpResponse } | { failure: unknown }): void {
    this.entries.push({
      at: this.now(),
      request: redactRequest(request),
      ...('response' in outcome
        ? { response: redactResponse(outcome.response) }
        : { failure: outcome.failure instanceof Error ? outcome.failure.name : 'unknown failure' }),
    });
    if (this.entries.length > this.limit) this.entries.shift();
  }

  /** The recorded exchanges, oldest first. */
  recent(): readonly RecordedExchange[] {
    return this.entries;
  }
}

/** An HTTP client that records every exchange it carries in the log, then answers as the inner one does. */
export function recordingHttp(inner: HttpClient, log: ExchangeLog): HttpClient {
  return {
    async send(request) {
      try {
        const response = await inner.send(request);
        log.record(request, { response });
        return response;
      } catch (failure) {
        log.record(request, { failure });
        throw failure;
      }
    },
  };
}
