import * as v from 'valibot';
import { permissionsFor } from '../genesys/permissions.js';
import { ErrorBodySchema } from '../genesys/schemas.js';
import type { ErrorBody } from '../genesys/schemas.js';
import { BOUNDARY_ENTRIES } from '../../shared/boundary-errors.js';
import { MAX_NAME_IN_TEXT } from '../../shared/limits.js';
import type { CatalogEntry } from '../../shared/boundary-errors.js';
import type { HttpRequest, HttpResponse } from '../../shared/explained-error.js';
import type { NetworkFailure } from '../genesys/http.js';
import { retryAfterSeconds } from '../genesys/explainer.js';
import type { Action, Exchange, Explainer } from '../genesys/explainer.js';
import type { ParsedPhone, PhoneError, PhoneResult } from '../phone/types.js';
import type { ErrorCode, ExplainedError } from '../../shared/explained-error.js';
import { redactRequest, redactResponse, redactText, rememberSecret } from './redact.js';

/** The codes the catalog explains on its own; the other two carry the phone reader's words. */
type CatalogCode = Exclude<ErrorCode, 'bad_number' | 'needs_confirmation'>;

const CHECK_BEFORE_REDIAL =
  'Check your phone and your Genesys Cloud conversation history before calling again: the call may already be ringing.';

const ENTRIES: Record<CatalogCode, CatalogEntry> = {
  not_configured: {
    title: 'softdial is not set up yet',
    detail: 'A setting needed to reach Genesys Cloud is missing.',
    fix: ['Open Settings and fill in the field named below, or ask your admin.'],
    retryable: false,
  },
  sign_in_required: {
    title: 'Sign in to dial',
    detail: 'softdial has no Genesys Cloud sign-in for you yet, or it was signed out.',
    fix: ['Choose "Sign in" and complete the Genesys Cloud sign-in page in your browser.'],
    retryable: false,
  },
  sign_in_expired: {
    title: 'Your Genesys sign-in has ended',
    detail:
      'Genesys Cloud ends an agent sign-in after the lifetime its OAuth client sets (or after the org idle timeout), and a browser sign-in cannot be renewed silently. Nothing was dialled.',
    fix: [
      'Choose "Sign in" (window or tray): your browser usually still has your Genesys session, so it takes one click. Then dial again.',
      'Admin: the OAuth client token lifetime and the org idle timeout decide how long a sign-in lasts.',
    ],
    retryable: false,
  },
  sign_in_failed: {
    title: 'Sign-in did not complete',
    detail: 'The browser sign-in was cancelled, timed out, or returned something softdial could not verify.',
    fix: [
      'Try "Sign in" again and finish it in the browser window that opens.',
      'Admin: check that the OAuth client allows the redirect URI softdial shows in Settings, exactly.',
    ],
    retryable: true,
  },
  credentials_rejected: {
    title: 'Genesys Cloud refused the client credentials',
    detail:
      'The OAuth client id or secret is wrong, the client was deleted or disabled, or it belongs to another region.',
    fix: [
      'Admin: check GENESYSCLOUD_OAUTHCLIENT_ID and its secret in Admin > Integrations > OAuth, and that the region matches the org.',
    ],
    retryable: false,
  },
  signed_out: {
    title: 'Your Genesys Cloud session ended',
    detail:
      'Genesys Cloud no longer accepts the sign-in softdial had (it expired, was revoked, or the org signs idle sessions out).',
    fix: [
      'Sign in again; softdial renews the session by itself afterwards.',
      'Admin: if this happens often, check the OAuth client token lifetime and the org idle timeout.',
    ],
    retryable: false,
  },
  not_a_user: {
    title: 'These credentials cannot place calls for themselves',
    detail: 'A client-credentials token has no user, and POST /api/v2/conversations/calls needs a user context.',
    fix: [
      'Admin: set SOFTDIAL_USER_ID (Settings: "Dial on behalf of user") so softdial uses /api/v2/conversations/calls/user/{userId}, or switch to agent sign-in.',
    ],
    retryable: false,
  },
  missing_permission: {
    title: 'A permission is missing',
    detail: 'Genesys Cloud refused because the user or OAuth client lacks a permission.',
    fix: ['Ask your admin for the permission named below.'],
    retryable: false,
  },
  not_authorized: {
    title: 'Not allowed',
    detail: 'Genesys Cloud says this user or client may not do this (a division or role restriction).',
    fix: ['Admin: check the roles and divisions of the user and of the OAuth client.'],
    retryable: false,
  },
  no_station: {
    title: 'No phone is assigned to you',
    detail:
      'Genesys Cloud places calls from your station (WebRTC phone, softphone or desk phone), and you have none selected.',
    fix: [
      'In Genesys Cloud, open Calls > Select a phone and choose your phone, then dial again.',
      'Admin: assign the user a default station (Admin > Telephony > Phones).',
    ],
    retryable: false,
  },
  no_active_edge: {
    title: 'Your phone has no telephony connection',
    detail:
      'The station exists, but no Edge (the telephony server) is active for it, so Genesys Cloud cannot place the call.',
    fix: ['Try again in a minute.', 'Admin: check the Edge and the phone site in Admin > Telephony.'],
    retryable: true,
  },
  invalid_value: {
    title: 'Genesys Cloud did not accept a value',
    detail: 'One field of the request has a value Genesys Cloud does not accept.',
    fix: ['Check the number and the caller ID settings named below.'],
    retryable: false,
  },
  malformed_address: {
    title: 'Genesys Cloud did not accept the destination',
    detail:
      'The tutorials that mention "Malformed participant address" send a body with type, from and to. CreateCallRequest has none of those fields: the destination is the flat field phoneNumber, in E.164 (+ and digits), and the caller is the signed-in user (or {userId} in /calls/user/{userId}). softdial always sends that shape.',
    fix: [
      'Send {"phoneNumber":"+13175551234"} to POST /api/v2/conversations/calls (or /calls/user/{userId} with client credentials).',
      'Run `softdial explain` on your request body to see the corrected body.',
    ],
    retryable: false,
  },
  too_many_destinations: {
    title: 'More than one destination',
    detail: 'A call request may name one destination only: a phone number, a user or a queue.',
    fix: ['Send only phoneNumber (or only callUserId, or only callQueueId).'],
    retryable: false,
  },
  bad_request: {
    title: 'Genesys Cloud rejected the request',
    detail: 'The request was not understood.',
    fix: ['Send the request and response below to your admin.'],
    retryable: false,
  },
  not_found: {
    title: 'Not found',
    detail: 'Genesys Cloud has nothing at that address: a wrong user, queue or conversation id, or a wrong region.',
    fix: ['Admin: check the user id, queue id and region in Settings.'],
    retryable: false,
  },
  unsupported_media_type: {
    title: 'Wrong content type',
    detail: 'The request body was not sent as JSON.',
    fix: ['Send Content-Type: application/json.'],
    retryable: false,
  },
  rate_limited: {
    title: 'Too many requests right now',
    detail: 'Genesys Cloud limits how many requests a user or client may make each minute.',
    fix: ['Wait for the countdown, then dial again.'],
    retryable: true,
  },
  server_error: {
    title: 'Genesys Cloud had an internal error',
    detail: 'Something failed inside Genesys Cloud.',
    fix: ['Try again in a minute.', 'Admin: if it persists, give Genesys support the correlation id below.'],
    retryable: true,
  },
  service_unavailable: {
    title: 'Genesys Cloud is unavailable',
    detail: 'Genesys Cloud is temporarily unable to handle the request.',
    fix: ['Try again in a minute; check status.mypurecloud.com.'],
    retryable: true,
  },
  gateway_timeout: {
    title: 'Genesys Cloud took too long to answer',
    detail: 'The request timed out inside Genesys Cloud.',
    fix: ['Try again in a minute.'],
    retryable: true,
  },
  dns_failure: {
    title: 'Genesys Cloud could not be found',
    detail: 'The address of Genesys Cloud could not be looked up. This usually means a wrong region, or no network.',
    fix: [
      'Check your network connection.',
      'Admin: check the region (for example mypurecloud.de or eu-central-1) in Settings or GENESYSCLOUD_REGION.',
    ],
    retryable: true,
  },
  connection_refused: {
    title: 'Could not connect to Genesys Cloud',
    detail: 'The connection was refused before anything was sent.',
    fix: [
      'Check your network or VPN, then try again.',
      'Admin: check the proxy settings (HTTPS_PROXY) and the region.',
    ],
    retryable: true,
  },
  connection_reset: {
    title: 'The connection to Genesys Cloud broke',
    detail: 'The network connection dropped while talking to Genesys Cloud.',
    fix: ['Check your network or VPN, then try again.'],
    retryable: true,
  },
  tls_failure: {
    title: 'A secure connection could not be made',
    detail:
      "Genesys Cloud's certificate could not be verified; a corporate proxy or firewall may be intercepting the connection.",
    fix: [
      'Admin: make the proxy trust Genesys Cloud or add its certificate authority to the system (NODE_EXTRA_CA_CERTS).',
    ],
    retryable: false,
  },
  proxy_failure: {
    title: 'The proxy refused the connection',
    detail: 'The configured proxy could not reach Genesys Cloud.',
    fix: ['Admin: check HTTPS_PROXY and NO_PROXY.'],
    retryable: true,
  },
  timeout: {
    title: 'Genesys Cloud did not answer in time',
    detail: 'No answer arrived before the time limit.',
    fix: ['Check your network, then try again.'],
    retryable: true,
  },
  network_failure: {
    title: 'A network error occurred',
    detail: 'The request failed on the network.',
    fix: ['Check your network, then try again.'],
    retryable: true,
  },
  unexpected_response: {
    title: 'Genesys Cloud sent an answer softdial cannot read',
    detail: 'The response did not have the documented shape.',
    fix: ['Admin: send the response below to softdial support.'],
    retryable: false,
  },
  call_state_unknown: {
    title: 'The call state is unknown',
    detail:
      'Genesys Cloud reports a call state softdial cannot interpret (none, parked, or one added since), so softdial stopped following this call rather than wait indefinitely.',
    fix: ['Check the call in your phone or in Genesys Cloud; hang up there if it is still going.'],
    retryable: false,
  },
  reading_changed: {
    title: 'The number now reads differently',
    detail:
      'Between what you saw and the dial, the number came to read as another one (the default country changed, or the text did). Nothing was dialled.',
    fix: ['Look at the new reading; call again if it is the number you mean.'],
    retryable: true,
  },
  emergency_number: {
    title: 'softdial does not dial emergency numbers',
    detail:
      'A call placed through Genesys Cloud may not give the emergency services your location or reach the right centre. Nothing was dialled.',
    fix: ['Use a phone (a desk phone or a mobile) to call the emergency services now.'],
    retryable: false,
  },
  dial_cancelled: {
    title: 'Call cancelled',
    detail: 'You cancelled the call while Genesys Cloud asked softdial to wait (rate limit). Nothing was dialled.',
    fix: ['Call again when you are ready.'],
    retryable: true,
  },
  unknown_contact: {
    title: 'Contact not found',
    detail: 'That contact no longer exists or has no phone number.',
    fix: ['Refresh the contact list and try again.'],
    retryable: false,
  },
  ...BOUNDARY_ENTRIES,
};

const BY_GENESYS_CODE: Record<string, CatalogCode> = {
  'not.a.user': 'not_a_user',
  'conversation.error.no.user.station': 'no_station',
  'providerapi.error.station.no.active.edge': 'no_active_edge',
  'missing.permissions': 'missing_permission',
  'missing.any.permissions': 'missing_permission',
  'not.authorized': 'not_authorized',
  'invalid.value': 'invalid_value',
  'too.many.create.conversation.parameters': 'too_many_destinations',
  'bad.request': 'bad_request',
  'authentication.required': 'signed_out',
  'bad.credentials': 'signed_out',
  'not.found': 'not_found',
  'resource.not.found': 'not_found',
  'general.resource.not.found': 'not_found',
  'conversation.error.conversation.not.found': 'not_found',
  'conversation.error.forbidden.not.active.participant': 'not_authorized',
  'providerapi.error.no.station.for.edge': 'no_active_edge',
  'authentication.request.timeout': 'gateway_timeout',
  'notification.invalid.topic': 'bad_request',
  'unsupported.media.type': 'unsupported_media_type',
  'too.many.requests.retry.after': 'rate_limited',
  'internal.server.error': 'server_error',
  'service.unavailable': 'service_unavailable',
  'request.timeout': 'gateway_timeout',
};

const BY_STATUS: Record<number, CatalogCode> = {
  400: 'bad_request',
  401: 'signed_out',
  403: 'not_authorized',
  404: 'not_found',
  415: 'unsupported_media_type',
  429: 'rate_limited',
  500: 'server_error',
  502: 'server_error',
  503: 'service_unavailable',
  504: 'gateway_timeout',
};

const MALFORMED_ADDRESS = /malformed\s+participant\s+address/i;
/** Statuses after which a POST may still have placed the call. */
const UNCERTAIN_STATUSES = new Set([500, 502, 504]);

/** An entry as an ExplainedError, with optional extra detail and steps. */
function build(code: CatalogCode, extra: Partial<ExplainedError> = {}): ExplainedError {
  const entry = ENTRIES[code];
  return { code, title: entry.title, detail: entry.detail, fix: [...entry.fix], retryable: entry.retryable, ...extra };
}

/**
 * A permission named in a message (`conversation:call:add`). It starts where a word starts and its parts are
 * bounded: from every letter of a long word, unbounded parts took quadratic time.
 */
const PERMISSION_IN_TEXT = new RegExp(
  String.raw`(?<![a-zA-Z*:])[a-zA-Z]{1,${MAX_NAME_IN_TEXT}}:[a-zA-Z*]{1,${MAX_NAME_IN_TEXT}}:[a-zA-Z*]{1,${MAX_NAME_IN_TEXT}}`,
  'g',
);

/** The permissions a 403 names, from messageParams or from the message text. */
export function missingPermissions(body: ErrorBody): string[] {
  const fromParams = Object.values(body.messageParams ?? {}).flatMap((value) =>
    typeof value === 'string' ? value.split(/[\s,]+/) : [],
  );
  const fromMessage = [...(body.message ?? '').matchAll(PERMISSION_IN_TEXT)].map((match) => match[0]);
  return [
    ...new Set(
      [...fromParams, ...fromMessage].filter((permission) => /^[a-zA-Z]+:[a-zA-Z*]+:[a-zA-Z*]+$/.test(permission)),
    ),
  ];
}

/** Reads an ErrorBody from a response body, if it is one. */
export function errorBodyOf(text: string): ErrorBody | undefined {
  try {
    const result = v.safeParse(ErrorBodySchema, JSON.parse(text));
    return result.success ? result.output : undefined;
  } catch {
    return undefined;
  }
}

/** The code for an error body and status, with the tutorial's wording recognised. */
function codeFor(status: number, body: ErrorBody | undefined, action: Action): CatalogCode {
  if (action === 'token' && (status === 400 || status === 401)) return 'credentials_rejected';
  if (MALFORMED_ADDRESS.test(body?.message ?? '')) return 'malformed_address';
  const known = body?.code ? BY_GENESYS_CODE[body.code] : undefined;
  return known ?? BY_STATUS[status] ?? (status >= 500 ? 'server_error' : 'bad_request');
}

/** What a Genesys code means beyond its catalog entry, for the codes seen on the endpoints softdial uses. */
const GENESYS_DETAIL: Record<string, string> = {
  'resource.not.found': 'Genesys found no such resource (an id from another org or region, or one since deleted).',
  'general.resource.not.found':
    'Genesys found no such resource (an id from another org or region, or one since deleted).',
  'conversation.error.conversation.not.found':
    'That conversation does not exist any more, or was never visible to this token (another org, region or user).',
  'conversation.error.forbidden.not.active.participant':
    'Only an active participant may change the whole call. A client-credentials token is no participant: hang up through PATCH /api/v2/conversations/calls/{conversationId}/participants/{participantId}/user/{userId}.',
  'providerapi.error.no.station.for.edge':
    'The station is not served by any Edge, so Genesys cannot reach the phone (a station or site configuration problem).',
  'authentication.request.timeout':
    'Genesys timed out while checking the sign-in; nothing was done. Try again in a moment.',
  'notification.invalid.topic':
    'The notification topic is not valid: live call progress needs v2.users.{userId}.conversations.calls with a real user id.',
};

/** The endpoint a request went to, as its listing of permissions, when it lists any. */
function listedPermissions(request: HttpRequest | undefined): string[] {
  if (!request) return [];
  const path = new URL(request.url).pathname;
  return [...(permissionsFor(request.method, path)?.any ?? [])];
}

/** Detail and steps that depend on what the error body says, and on the endpoint it came from. */
function specifics(
  code: CatalogCode,
  body: ErrorBody | undefined,
  action: Action,
  request: HttpRequest | undefined,
  status: number,
): { moreFix?: string[]; moreDetail?: string } {
  const known = body?.code ? GENESYS_DETAIL[body.code] : undefined;
  switch (code) {
    case 'missing_permission':
    case 'not_authorized': {
      const named = missingPermissions(body ?? {});
      const listed = listedPermissions(request);
      const permissions = named.length > 0 ? named : listed;
      if (permissions.length === 0 || (code === 'not_authorized' && (status !== 403 || known)))
        return { moreDetail: known };
      const list = redactText(permissions.join(named.length > 0 ? ', ' : ' or '));
      const source = named.length > 0 ? 'Missing' : `Genesys named no permission; this endpoint lists`;
      return {
        moreDetail: `${known ? `${known} ` : ''}${source}: ${list}.`,
        moreFix: [
          `Admin: add a role with ${list} to the ${action === 'dial' ? 'user (or the OAuth client, for on-behalf-of dialling)' : 'user or OAuth client'}.`,
        ],
      };
    }
    case 'invalid_value': {
      const field =
        body?.details?.find((detail) => detail.fieldName)?.fieldName ??
        /field type \[([^\]]+)\]/.exec(body?.message ?? '')?.[1];
      return field ? { moreDetail: `Field: ${redactText(field)}.` } : {};
    }
    default:
      return known ? { moreDetail: known } : {};
  }
}

/** Explains an HTTP response that is not a success, from its status and ErrorBody. */
export function explainResponse(exchange: Exchange): ExplainedError {
  const { request, response, action } = exchange;
  const body = errorBodyOf(response.body);
  const code = codeFor(response.status, body, action);
  const extra = specifics(code, body, action, request, response.status);
  const base = build(code);
  const uncertain = action === 'dial' && UNCERTAIN_STATUSES.has(response.status) && code !== 'no_active_edge';
  const retryAfter = retryAfterSeconds(response.headers);
  const genesysMessage = body?.message ? ` Genesys said: "${redactText(body.message)}"` : '';
  return {
    ...base,
    detail:
      [base.detail, extra.moreDetail, uncertain ? 'The call may have been placed anyway.' : undefined]
        .filter(Boolean)
        .join(' ') + genesysMessage,
    fix: [...(uncertain ? [CHECK_BEFORE_REDIAL] : []), ...base.fix, ...(extra.moreFix ?? [])],
    httpStatus: response.status,
    ...(body?.code ? { genesysCode: redactText(body.code) } : {}),
    ...(correlationIdOf(response, body) ? { correlationId: correlationIdOf(response, body) } : {}),
    retryable: base.retryable && !uncertain,
    ...(retryAfter !== undefined && code === 'rate_limited' ? { retryAfterSeconds: retryAfter } : {}),
    ...(uncertain ? { callMayHaveBeenPlaced: true } : {}),
    ...(request ? { request: redactRequest(request) } : {}),
    response: redactResponse(response),
  };
}

/** The correlation id support asks for: the ININ-Correlation-Id header, else the body's contextId. */
function correlationIdOf(response: HttpResponse, body?: ErrorBody): string | undefined {
  const id = response.headers['inin-correlation-id'] ?? body?.contextId;
  return id === undefined ? undefined : redactText(id);
}

const NETWORK_CODES: Record<NetworkFailure['kind'], CatalogCode> = {
  dns: 'dns_failure',
  refused: 'connection_refused',
  reset: 'connection_reset',
  tls: 'tls_failure',
  timeout: 'timeout',
  proxy: 'proxy_failure',
  other: 'network_failure',
};

/** Explains a request that got no response; after sending, a dial may have placed the call. */
export function explainNetworkFailure(failure: NetworkFailure, action: Action): ExplainedError {
  const code = NETWORK_CODES[failure.kind];
  const base = build(code);
  const uncertain = action === 'dial' && failure.phase === 'after-send';
  const host = new URL(failure.request.url).host;
  return {
    ...base,
    detail: `${base.detail} (${host}: ${failure.code})${uncertain ? ' The request had been sent, so the call may have been placed.' : failure.phase === 'before-send' ? ' Nothing reached Genesys Cloud.' : ''}`,
    fix: uncertain ? [CHECK_BEFORE_REDIAL, ...base.fix] : base.fix,
    retryable: base.retryable && !uncertain,
    ...(uncertain ? { callMayHaveBeenPlaced: true } : {}),
    request: redactRequest(failure.request),
  };
}

/** Explains a 2xx response whose body is not what the API documents. */
export function explainUnreadableSuccess(exchange: Required<Exchange>, problem: string): ExplainedError {
  const base = build('unexpected_response');
  const uncertain = exchange.action === 'dial';
  return {
    ...base,
    detail: `${base.detail} ${redactText(problem)}${uncertain ? ' Genesys Cloud answered with success, so the call was probably placed.' : ''}`,
    fix: uncertain ? [CHECK_BEFORE_REDIAL, ...base.fix] : base.fix,
    httpStatus: exchange.response.status,
    ...(correlationIdOf(exchange.response) ? { correlationId: correlationIdOf(exchange.response) } : {}),
    ...(uncertain ? { callMayHaveBeenPlaced: true } : {}),
    request: redactRequest(exchange.request),
    response: redactResponse(exchange.response),
  };
}

/** Explains a number that could not be read, with the phone module's own reason. */
export function explainPhoneError(error: PhoneError): ExplainedError {
  return {
    code: 'bad_number',
    title: 'That number cannot be dialled',
    detail: error.error.message,
    fix: ['Check the number; add + and the country code if it is abroad.'],
    retryable: false,
  };
}

/** Explains a missing or bad setting, naming it and where to set it. */
export function explainConfiguration(problem: string, fix: string[]): ExplainedError {
  const base = build('not_configured');
  return { ...base, detail: `${base.detail} ${problem}`, fix };
}

/** Explains a failure by code alone, for failures that have no exchange to show (sign-in, contacts). */
export function explainCode(code: CatalogCode, detail?: string): ExplainedError {
  const base = build(code);
  return detail ? { ...base, detail: `${base.detail} ${redactText(detail)}` } : base;
}

/** Explains a dial refused because the text no longer reads as what the agent saw: both readings, in words. */
export function explainReadingChanged(seen: string | null, now: PhoneResult): ExplainedError {
  const base = build('reading_changed');
  const was = seen === null ? 'You saw no number to dial' : `You saw ${seen}`;
  const is = now.ok
    ? `it now reads as ${now.international}${now.extension ? ` ext. ${now.extension}` : ''} (${now.countryName})`
    : `it now reads as no number (${now.error.message})`;
  return { ...base, detail: `${was}; ${is}. ${base.detail}` };
}

/** Explains why an emergency number is never dialled through Genesys Cloud, naming it. */
export function explainEmergency(number: ParsedPhone): ExplainedError {
  const base = build('emergency_number');
  const where = number.country === '001' ? '' : ` in ${number.countryName}`;
  return {
    ...base,
    detail: `${number.national} is an emergency number${where}. ${base.detail}`,
    fix: [`Use a phone (a desk phone or a mobile) to call ${number.national} now.`],
  };
}

/** Explains why a reading waits for the agent's look before dialling: its notes, and the other reading if any. */
export function explainNeedsConfirmation(
  notes: string[],
  alternative?: string,
  surface: 'window' | 'cli' = 'window',
): ExplainedError {
  return {
    code: 'needs_confirmation',
    title: 'Check the number before dialling',
    detail: notes.join(' '),
    fix: [
      surface === 'cli'
        ? 'Run the same command again with --yes to dial it as shown.'
        : 'Press Call again to dial it as shown.',
      ...(alternative ? [`Or ${surface === 'cli' ? 'dial' : 'choose'} ${alternative} instead.`] : []),
    ],
    retryable: true,
  };
}

/** The catalog as the HTTP client and the sign-in code see it: they report, it words. */
export const catalogExplainer: Explainer = {
  network: explainNetworkFailure,
  response: explainResponse,
  unreadable: explainUnreadableSuccess,
  code: explainCode,
  secret: rememberSecret,
};
