import type { RedactedRequest, RedactedResponse } from '../../shared/explained-error.js';

/** The most of a body kept for the admin, cut after redaction (never before: a cut token would survive). */
export const MAX_KEPT_BODY = 8192;

const REDACTED = '[redacted]';
/** Names that carry a secret, matched on the lower-case letters and digits of a name (`X-Api-Key` → `xapikey`). */
const SECRET_NAME =
  /token|secret|password|passwd|passphrase|assertion|authori[sz]ation|apikey|verifier|cookie|credential|session|signature/;
/** In forms and queries `code` (an OAuth authorization code) and `state` are secrets too; in JSON `code` is Genesys's error code. */
const SECRET_PARAMETER = /^(code|state)$/;
const KEPT_RESPONSE_HEADERS = new Set(['content-type', 'inin-correlation-id', 'retry-after', 'date', 'location']);
const SCHEME = /^(bearer|basic|digest|token|negotiate)\s+/i;

/** A name as compared: percent- and case-decoded, letters and digits only. */
function normalName(name: string): string {
  let decoded = name;
  try {
    decoded = decodeURIComponent(name);
  } catch {
    // A stray % stays as written.
  }
  return decoded.toLowerCase().replace(/[^a-z\d]/g, '');
}

const isSecretName = (name: string): boolean => SECRET_NAME.test(normalName(name));
const isSecretParameter = (name: string): boolean => isSecretName(name) || SECRET_PARAMETER.test(normalName(name));

/** A credential value with its scheme kept ("Bearer [redacted]"), so support still sees which kind was sent. */
const redactCredential = (value: string): string => {
  const scheme = SCHEME.exec(value.trim());
  return scheme ? `${scheme[0].trim()} ${REDACTED}` : REDACTED;
};

/** Blanks the user name and password, and every secret query or fragment parameter, of one URL. */
function redactUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return redactText(url);
  }
  if (parsed.username || parsed.password) {
    parsed.username = REDACTED;
    parsed.password = '';
  }
  for (const key of [...parsed.searchParams.keys()]) if (isSecretParameter(key)) parsed.searchParams.set(key, REDACTED);
  if (parsed.hash.includes('=')) parsed.hash = redactForm(parsed.hash.slice(1)) ?? REDACTED;
  return parsed.toString();
}

/** A form body (`a=1&b=2`) with its secret fields blanked, or undefined when the text is not a form. */
function redactForm(text: string): string | undefined {
  if (!/^[^=&\s{}[\]"]+=[^\s]*$/.test(text)) return undefined;
  const form = new URLSearchParams(text);
  for (const key of [...form.keys()]) if (isSecretParameter(key)) form.set(key, REDACTED);
  return form.toString();
}

/** Deeper than any real body; what lies below is dropped rather than walked (no stack overflow). */
const MAX_DEPTH = 64;

/** Walks a parsed JSON value, blanking every value under a secret name and cleaning every string. */
function redactValue(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return redactString(value, depth);
  if (typeof value !== 'object' || value === null) return value;
  if (depth >= MAX_DEPTH) return '[nested too deep]';
  if (Array.isArray(value)) return value.map((item) => redactValue(item, depth + 1));
  const clean: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(value))
    clean[key] = isSecretName(key)
      ? typeof inner === 'string'
        ? redactCredential(inner)
        : REDACTED
      : redactValue(inner, depth + 1);
  return clean;
}

/** A string inside a body: nested JSON or a form is walked, a URL or credential blanked, anything else scanned. */
function redactString(text: string, depth = 0): string {
  const trimmed = text.trim();
  if (/^[{[]/.test(trimmed) && depth < MAX_DEPTH) {
    try {
      return JSON.stringify(redactValue(JSON.parse(trimmed), depth + 1));
    } catch {
      // Not JSON after all: scanned as text below.
    }
  }
  if (/^[a-z][a-z\d+.-]*:\/\/\S+$/i.test(trimmed)) return redactUrl(trimmed);
  if (SCHEME.test(trimmed)) return redactCredential(trimmed);
  return redactForm(trimmed) ?? redactText(text);
}

/**
 * The last resort for text that is neither JSON nor a form (a truncated body, an HTML page, a log line):
 * escapes are decoded first, so an escaped quote or an encoded name cannot hide a value from the patterns.
 */
export function redactText(text: string): string {
  const decoded = text
    .replace(/\\u([\da-f]{4})/gi, (_match, hex: string) => String.fromCharCode(parseInt(hex, 16)))
    .replace(/%([\da-f]{2})/gi, (_match, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  return decoded
    .replace(/\b((?:bearer|basic|digest|negotiate)\s+)[\w.~+/=-]+/gi, `$1${REDACTED}`)
    .replace(/\b([a-z][a-z\d+.-]*:\/\/)[^\s/@:"']*(?::[^\s/@"']*)?@/gi, `$1${REDACTED}@`)
    .replace(
      /(\\?["']?)([\w.-]*?(?:token|secret|password|passwd|assertion|authori[sz]ation|api[-_]?key|verifier|cookie|credential|session|signature)[\w.-]*)\1(\s*[:=]\s*)(?:\\?"(?:[^"\\]|\\.)*"?|'(?:[^'\\]|\\.)*'?|(?:(?:bearer|basic)\s+)?[^\s&,;}\]]+)/gi,
      `$1$2$1$3"${REDACTED}"`,
    )
    .replace(/([?&#](?:code|state)=)[^&\s"']+/gi, `$1${REDACTED}`);
}

/** Secret values in use (the client secret, a stored one), blanked wherever they appear, even in free text. */
const remembered = new Set<string>();

/**
 * Remembers a secret softdial holds, so that a server echoing it back (in an error description, a
 * message) cannot carry it into an explanation, a log or the diagnostics. Short values are not
 * remembered (they would blank ordinary words); the newest 32 are kept.
 */
export function rememberSecret(value: string): void {
  if (value.length < 8 || remembered.has(value)) return;
  remembered.add(value);
  if (remembered.size > 32) remembered.delete(remembered.values().next().value ?? '');
}

/** Blanks every remembered secret in a text. */
const blankRemembered = (text: string): string => {
  let clean = text;
  for (const secret of remembered) clean = clean.replaceAll(secret, REDACTED);
  return clean;
};

/** A whole body, redacted by its structure (JSON, form, text), then cut to what the admin needs. */
export function redactBody(body: string): string {
  return redactString(blankRemembered(body)).slice(0, MAX_KEPT_BODY);
}

/** The request with credentials blanked, safe to show, log or hand to support. */
export function redactRequest(request: RedactedRequest): RedactedRequest {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(request.headers))
    headers[name] = isSecretName(name) ? redactCredential(value) : redactString(blankRemembered(value));
  return {
    method: request.method,
    url: redactUrl(blankRemembered(request.url)),
    headers,
    ...(request.body !== undefined ? { body: redactBody(request.body) } : {}),
  };
}

/** The response with tokens blanked and only the headers support asks for. */
export function redactResponse(response: RedactedResponse): RedactedResponse {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(response.headers)) {
    const lower = name.toLowerCase();
    if (KEPT_RESPONSE_HEADERS.has(lower))
      headers[lower] = lower === 'location' ? redactUrl(value) : redactString(value);
  }
  return { status: response.status, headers, body: redactBody(response.body) };
}

/** A whole JSON value with every secret-named field and every credential-looking string blanked (not cut). */
export const redactJson = (value: unknown): unknown =>
  redactValue(JSON.parse(blankRemembered(JSON.stringify(value))) as unknown);
