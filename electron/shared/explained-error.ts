/** One HTTP request as softdial sends it; kept (redacted) for the admin's diagnostics. */
export interface HttpRequest {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  url: string;
  headers: Record<string, string>;
  body?: string;
}

/** One HTTP response, whatever its status. */
export interface HttpResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** Every failure softdial can explain; a closed set, so every layer (CLI, IPC, UI) handles each one. */
export const ERROR_CODES = [
  'bad_number',
  'needs_confirmation',
  'reading_changed',
  'emergency_number',
  'dial_cancelled',
  'not_configured',
  'sign_in_required',
  'sign_in_expired',
  'sign_in_failed',
  'credentials_rejected',
  'signed_out',
  'not_a_user',
  'missing_permission',
  'not_authorized',
  'no_station',
  'no_active_edge',
  'invalid_value',
  'malformed_address',
  'too_many_destinations',
  'bad_request',
  'not_found',
  'unsupported_media_type',
  'rate_limited',
  'server_error',
  'service_unavailable',
  'gateway_timeout',
  'dns_failure',
  'connection_refused',
  'connection_reset',
  'tls_failure',
  'proxy_failure',
  'timeout',
  'network_failure',
  'unexpected_response',
  'call_state_unknown',
  'channel_limit',
  'unknown_contact',
  'invalid_input',
  'internal_error',
  'disconnected',
] as const;

/** One of the closed set of failure codes. */
export type ErrorCode = (typeof ERROR_CODES)[number];

/** The request as an admin may see it: the same shape as sent, with secrets replaced by "[redacted]". */
export type RedactedRequest = HttpRequest;

/** The response as an admin may see it: tokens replaced by "[redacted]". */
export type RedactedResponse = HttpResponse;

/**
 * A failure explained for both audiences: what happened and why in plain words with steps to fix it
 * (agent first, "Admin:" steps after), and the exact exchange with its correlation id for support.
 */
export interface ExplainedError {
  code: ErrorCode;
  title: string;
  detail: string;
  fix: string[];
  httpStatus?: number;
  genesysCode?: string;
  correlationId?: string;
  retryable: boolean;
  /** Seconds to wait before trying again (429 Retry-After), for a countdown. */
  retryAfterSeconds?: number;
  /** The request may have reached Genesys: the call may be ringing. Never retried blindly. */
  callMayHaveBeenPlaced?: boolean;
  request?: RedactedRequest;
  response?: RedactedResponse;
}
