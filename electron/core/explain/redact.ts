import type { RedactedRequest, RedactedResponse } from '../../shared/explained-error.js';

const SECRET_HEADERS = new Set(['authorization', 'proxy-authorization', 'cookie', 'set-cookie']);
const JSON_SECRETS =
  /("(?:access_token|refresh_token|client_secret|code_verifier|id_token|password)"\s*:\s*")([^"]*)"/gi;
const FORM_SECRETS =
  /((?:^|&)(?:access_token|refresh_token|client_secret|code_verifier|code|id_token|password)=)([^&]*)/gi;
const KEPT_RESPONSE_HEADERS = new Set(['content-type', 'inin-correlation-id', 'retry-after', 'date', 'location']);

/** Replaces every secret-bearing field of a JSON or form body with "[redacted]". */
function redactBody(body: string): string {
  return body.replace(JSON_SECRETS, '$1[redacted]"').replace(FORM_SECRETS, '$1[redacted]');
}

/** Any text (an error message, a stack) with bearer tokens, secret fields and query secrets blanked, for a log. */
export function redactText(text: string): string {
  return redactBody(text)
    .replace(/\b(Bearer|Basic)\s+[\w.~+/=-]+/gi, '$1 [redacted]')
    .replace(/([?&](?:code|[\w-]*token|[\w-]*secret|code_verifier|state)=)[^&\s"']*/gi, '$1[redacted]');
}

/** Removes query secrets (code, token) from a URL. */
function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    for (const key of [...parsed.searchParams.keys()]) {
      if (/code|token|secret|verifier|state/i.test(key)) parsed.searchParams.set(key, '[redacted]');
    }
    return parsed.toString();
  } catch {
    return url;
  }
}

/** The request with credentials blanked, safe to show, log or hand to support. */
export function redactRequest(request: RedactedRequest): RedactedRequest {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(request.headers)) {
    headers[name] = SECRET_HEADERS.has(name.toLowerCase()) ? `${value.split(' ')[0] ?? ''} [redacted]`.trim() : value;
  }
  return {
    method: request.method,
    url: redactUrl(request.url),
    headers,
    ...(request.body !== undefined ? { body: redactBody(request.body) } : {}),
  };
}

/** The response with tokens blanked and only the headers support asks for. */
export function redactResponse(response: RedactedResponse): RedactedResponse {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(response.headers))
    if (KEPT_RESPONSE_HEADERS.has(name.toLowerCase())) headers[name.toLowerCase()] = value;
  return { status: response.status, headers, body: redactBody(response.body.slice(0, 8192)) };
}
