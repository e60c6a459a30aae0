import {
  DECODE_ROUNDS,
  MAX_REMEMBERED_SECRETS,
  MAX_GAP_IN_TEXT,
  MAX_NAME_IN_TEXT,
  MAX_SCHEME_LENGTH,
} from '../../shared/limits.js';
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
function redactString(raw: string, depth = 0): string {
  const text = blankRemembered(raw);
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

/** Text with `\uXXXX` and `%XX` escapes undone, so an escaped secret or name is seen as what it is. */
function decodeEscapes(text: string): string {
  let decoded = text;
  for (let round = 0; round < DECODE_ROUNDS; round++) {
    const next = decoded
      .replace(/\\u([\da-f]{4})/gi, (_match, hex: string) => String.fromCharCode(parseInt(hex, 16)))
      .replace(/%([\da-f]{2})/gi, (_match, hex: string) => String.fromCharCode(parseInt(hex, 16)));
    if (next === decoded) break;
    decoded = next;
  }
  return decoded;
}

/** The words a secret-holding name contains (`client_secret`, `X-Auth-Token`, `refreshToken`). */
const SECRET_WORDS =
  'token|secret|password|passwd|assertion|authori[sz]ation|api[-_]?key|verifier|cookie|credential|session|signature';
/**
 * A secret-named field and its value in free text. The name is bounded (MAX_NAME_IN_TEXT) and must
 * start where a name can start: an unbounded `[\w.-]*?word[\w.-]*` from every position of a long word
 * took cubic time (4 KB of one repeated word: 16 s).
 */
const SECRET_FIELD = new RegExp(
  String.raw`(\\?["']?)(?<![\w.-])((?=[\w.-]{0,${MAX_NAME_IN_TEXT}}?(?:${SECRET_WORDS}))[\w.-]{1,${MAX_NAME_IN_TEXT}})(?![\w.-])\1` +
    String.raw`(\s{0,${MAX_GAP_IN_TEXT}}[:=]\s{0,${MAX_GAP_IN_TEXT}})` +
    String.raw`(?:\\?"(?:[^"\\]|\\.)*"?|'(?:[^'\\]|\\.)*'?|(?:(?:bearer|basic)\s{1,${MAX_GAP_IN_TEXT}})?[^\s&,;}\]]+)`,
  'gi',
);
/** A credential after its scheme (`Bearer abc`). */
const CREDENTIAL_IN_TEXT = new RegExp(
  String.raw`\b((?:bearer|basic|digest|negotiate)\s{1,${MAX_GAP_IN_TEXT}})[\w.~+/=-]+`,
  'gi',
);
/** The user and password of a URL (`https://user:pass@host`); the scheme is bounded so a long dotted word stays linear. */
const USERINFO_IN_TEXT = new RegExp(
  String.raw`(?<![a-z\d+.-])([a-z][a-z\d+.-]{0,${MAX_SCHEME_LENGTH - 1}}:\/\/)[^\s/@:"']*(?::[^\s/@"']*)?@`,
  'gi',
);

/**
 * The last resort for text that is neither JSON nor a form (a truncated body, an HTML page, a log line,
 * a message a server wrote): escapes are decoded first, so an escaped quote, an encoded name or an
 * encoded remembered secret cannot hide from the patterns.
 */
export function redactText(text: string): string {
  return blankRemembered(decodeEscapes(text))
    .replace(CREDENTIAL_IN_TEXT, `$1${REDACTED}`)
    .replace(USERINFO_IN_TEXT, `$1${REDACTED}@`)
    .replace(SECRET_FIELD, `$1$2$1$3"${REDACTED}"`)
    .replace(/([?&#](?:code|state)=)[^&\s"']+/gi, `$1${REDACTED}`);
}

/** Secret values in use (the client secret, a stored one), blanked wherever they appear, even in free text. */
const remembered = new Set<string>();

/**
 * Remembers a secret softdial holds, so that a server echoing it back (in an error description, a
 * message) cannot carry it into an explanation, a log or the diagnostics. Short values are not
 * remembered (they would blank ordinary words); the most recently used are kept (MAX_REMEMBERED_SECRETS).
 */
export function rememberSecret(value: string): void {
  if (value.length < 8) return;
  remembered.delete(value);
  remembered.add(value);
  if (remembered.size > MAX_REMEMBERED_SECRETS) remembered.delete(remembered.values().next().value ?? '');
}

/**
 * Blanks every remembered secret in a text, also one sent `\u`- or `%`-encoded: when one is there, the
 * text is decoded first and returned decoded (blanking first and decoding after let it through).
 */
function blankRemembered(text: string): string {
  const secrets = [...remembered];
  const decoded = decodeEscapes(text);
  if (!secrets.some((secret) => decoded.includes(secret))) return text;
  let clean = decoded;
  for (const secret of secrets) clean = clean.replaceAll(secret, REDACTED);
  return clean;
}

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
