import * as v from 'valibot';
import { permissionsFor } from '../genesys/permissions.js';
import { ErrorBodySchema } from '../genesys/schemas.js';
import type { ErrorBody } from '../genesys/schemas.js';
import { BOUNDARY_ENTRIES, fromEntry, steps } from '../../shared/boundary-errors.js';
import { MAX_NAME_IN_TEXT } from '../../shared/limits.js';
import type { CatalogEntry } from '../../shared/boundary-errors.js';
import type { HttpRequest, HttpResponse } from '../../shared/explained-error.js';
import type { NetworkFailure } from '../genesys/http.js';
import { retryAfterSeconds } from '../genesys/explainer.js';
import type { Action, Exchange, Explainer } from '../genesys/explainer.js';
import type { ParsedPhone, PhoneError, PhoneResult } from '../phone/types.js';
import type { ErrorCode, ExplainedError } from '../../shared/explained-error.js';
import { redactRequest, redactResponse, redactText, rememberSecret } from './redact.js';
import { t } from '../../shared/i18n/language.js';
import { formatList } from '../../shared/i18n/formats.js';
import '../i18n/core-messages.js';

/** The codes the catalog explains on its own; the other two carry the phone reader's words. */
type CatalogCode = Exclude<ErrorCode, 'bad_number' | 'needs_confirmation'>;

const ENTRIES: Record<CatalogCode, CatalogEntry> = {
  not_configured: { fix: steps('explain.not_configured.fix'), retryable: false },
  sign_in_required: { fix: steps('explain.sign_in_required.fix'), retryable: false },
  sign_in_expired: { fix: steps('explain.sign_in_expired.fix', 'explain.sign_in_expired.fix_admin'), retryable: false },
  sign_in_failed: { fix: steps('explain.sign_in_failed.fix', 'explain.sign_in_failed.fix_admin'), retryable: true },
  credentials_rejected: { fix: steps('explain.credentials_rejected.fix_admin'), retryable: false },
  signed_out: { fix: steps('explain.signed_out.fix', 'explain.signed_out.fix_admin'), retryable: false },
  not_a_user: {
    detail: () => t('explain.not_a_user.detail', { endpoint: 'POST /api/v2/conversations/calls' }),
    fix: () => [t('explain.not_a_user.fix_admin', { userEndpoint: '/api/v2/conversations/calls/user/{userId}' })],
    retryable: false,
  },
  missing_permission: { fix: steps('explain.missing_permission.fix'), retryable: false },
  not_authorized: { fix: steps('explain.not_authorized.fix_admin'), retryable: false },
  no_station: { fix: steps('explain.no_station.fix', 'explain.no_station.fix_admin'), retryable: false },
  no_active_edge: { fix: steps('explain.fix.try_again_minute', 'explain.no_active_edge.fix_admin'), retryable: true },
  invalid_value: { fix: steps('explain.invalid_value.fix'), retryable: false },
  malformed_address: {
    detail: () => t('explain.malformed_address.detail', { userId: '{userId}', userEndpoint: '/calls/user/{userId}' }),
    fix: () => [
      t('explain.malformed_address.fix', {
        body: '{"phoneNumber":"+13175551234"}',
        endpoint: 'POST /api/v2/conversations/calls',
        userEndpoint: '/calls/user/{userId}',
      }),
      t('explain.malformed_address.fix_explain', { command: '`softdial explain`' }),
    ],
    retryable: false,
  },
  too_many_destinations: { fix: steps('explain.too_many_destinations.fix'), retryable: false },
  bad_request: { fix: steps('explain.bad_request.fix'), retryable: false },
  not_found: { fix: steps('explain.not_found.fix_admin'), retryable: false },
  unsupported_media_type: {
    fix: () => [t('explain.unsupported_media_type.fix', { header: 'Content-Type: application/json' })],
    retryable: false,
  },
  rate_limited: { fix: steps('explain.rate_limited.fix'), retryable: true },
  server_error: { fix: steps('explain.fix.try_again_minute', 'explain.server_error.fix_admin'), retryable: true },
  service_unavailable: {
    fix: () => [t('explain.service_unavailable.fix', { site: 'status.mypurecloud.com' })],
    retryable: true,
  },
  gateway_timeout: { fix: steps('explain.fix.try_again_minute'), retryable: true },
  dns_failure: {
    fix: () => [
      t('explain.dns_failure.fix'),
      t('explain.dns_failure.fix_admin', { domain: 'mypurecloud.de', awsRegion: 'eu-central-1' }),
    ],
    retryable: true,
  },
  connection_refused: {
    fix: steps('explain.fix.check_network_vpn', 'explain.connection_refused.fix_admin'),
    retryable: true,
  },
  connection_reset: { fix: steps('explain.fix.check_network_vpn'), retryable: true },
  tls_failure: { fix: steps('explain.tls_failure.fix_admin'), retryable: false },
  proxy_failure: { fix: steps('explain.proxy_failure.fix_admin'), retryable: true },
  timeout: { fix: steps('explain.fix.check_network'), retryable: true },
  network_failure: { fix: steps('explain.fix.check_network'), retryable: true },
  unexpected_response: { fix: steps('explain.unexpected_response.fix_admin'), retryable: false },
  call_state_unknown: { fix: steps('explain.call_state_unknown.fix'), retryable: false },
  channel_limit: {
    detail: () => t('explain.channel_limit.detail', { max: 20 }),
    fix: () => [
      t('explain.channel_limit.fix'),
      t('explain.channel_limit.fix_admin', { max: 20, doc: 'docs/genesys.md' }),
    ],
    retryable: true,
  },
  reading_changed: { fix: steps('explain.reading_changed.fix'), retryable: true },
  emergency_number: { fix: steps('explain.emergency_number.fix'), retryable: false },
  dial_cancelled: { fix: steps('explain.dial_cancelled.fix'), retryable: true },
  unknown_contact: { fix: steps('explain.unknown_contact.fix'), retryable: false },
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
  'unsupported.media.type': 'unsupported_media_type',
  'too.many.requests.retry.after': 'rate_limited',
  'internal.server.error': 'server_error',
  'service.unavailable': 'service_unavailable',
  'request.timeout': 'gateway_timeout',
  'missing.division.permission': 'missing_permission',
  'client.timeout': 'timeout',
  'request.entity.too.large': 'bad_request',
};

const BY_STATUS: Record<number, CatalogCode> = {
  400: 'bad_request',
  401: 'signed_out',
  403: 'not_authorized',
  404: 'not_found',
  408: 'timeout',
  413: 'bad_request',
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

/** An entry as an ExplainedError in the current language. */
const build = (code: CatalogCode): ExplainedError => fromEntry(code, ENTRIES[code]);

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
const GENESYS_DETAIL: Record<string, () => string> = {
  'resource.not.found': () => t('explain.genesys.resource_not_found'),
  'general.resource.not.found': () => t('explain.genesys.resource_not_found'),
  'conversation.error.conversation.not.found': () => t('explain.genesys.conversation_not_found'),
  'conversation.error.forbidden.not.active.participant': () =>
    t('explain.genesys.not_active_participant', {
      endpoint: 'PATCH /api/v2/conversations/calls/{conversationId}/participants/{participantId}/user/{userId}',
    }),
  'providerapi.error.no.station.for.edge': () => t('explain.genesys.no_station_for_edge'),
  'authentication.request.timeout': () => t('explain.genesys.authentication_timeout'),
  'missing.division.permission': () => t('explain.genesys.missing_division_permission'),
  'client.timeout': () => t('explain.genesys.client_timeout'),
  'request.entity.too.large': () => t('explain.genesys.request_too_large'),
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
  const detailOf = body?.code && Object.hasOwn(GENESYS_DETAIL, body.code) ? GENESYS_DETAIL[body.code] : undefined;
  const known = detailOf?.();
  switch (code) {
    case 'missing_permission':
    case 'not_authorized': {
      const named = missingPermissions(body ?? {});
      const listed = listedPermissions(request);
      const permissions = named.length > 0 ? named : listed;
      if (permissions.length === 0 || (code === 'not_authorized' && (status !== 403 || known)))
        return { moreDetail: known };
      const list = redactText(formatList(permissions, named.length > 0 ? 'conjunction' : 'disjunction'));
      const source = t(named.length > 0 ? 'explain.permission.missing' : 'explain.permission.listed', {
        permissions: list,
      });
      return {
        moreDetail: `${known ? `${known} ` : ''}${source}`,
        moreFix: [
          t(action === 'dial' ? 'explain.permission.fix_dial' : 'explain.permission.fix_other', { permissions: list }),
        ],
      };
    }
    case 'invalid_value': {
      const field =
        body?.details?.find((detail) => detail.fieldName)?.fieldName ??
        /field type \[([^\]]+)\]/.exec(body?.message ?? '')?.[1];
      return field ? { moreDetail: t('explain.field', { field: redactText(field) }) } : {};
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
  const genesysMessage = body?.message ? ` ${t('explain.genesys_said', { message: redactText(body.message) })}` : '';
  return {
    ...base,
    detail:
      [base.detail, extra.moreDetail, uncertain ? t('explain.may_have_been_placed') : undefined]
        .filter(Boolean)
        .join(' ') + genesysMessage,
    fix: [...(uncertain ? [t('explain.fix.check_before_redial')] : []), ...base.fix, ...(extra.moreFix ?? [])],
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
    detail: [
      base.detail,
      t('explain.network.where', { host, code: failure.code }),
      ...(uncertain
        ? [t('explain.network.sent_may_be_placed')]
        : failure.phase === 'before-send'
          ? [t('explain.network.nothing_reached')]
          : []),
    ].join(' '),
    fix: uncertain ? [t('explain.fix.check_before_redial'), ...base.fix] : base.fix,
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
    detail: [base.detail, redactText(problem), ...(uncertain ? [t('explain.unreadable.probably_placed')] : [])].join(
      ' ',
    ),
    fix: uncertain ? [t('explain.fix.check_before_redial'), ...base.fix] : base.fix,
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
    title: t('explain.bad_number.title'),
    detail: error.error.message,
    fix: [t('explain.bad_number.fix')],
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
  const reading = !now.ok
    ? t('explain.reading_changed.now_nothing', { problem: now.error.message })
    : now.extension
      ? t('explain.reading_changed.now_extension', {
          number: now.international,
          extension: now.extension,
          country: now.countryName,
        })
      : t('explain.reading_changed.now_number', { number: now.international, country: now.countryName });
  const what =
    seen === null
      ? t('explain.reading_changed.saw_nothing', { now: reading })
      : t('explain.reading_changed.saw', { seen, now: reading });
  return { ...base, detail: `${what} ${base.detail}` };
}

/** Explains why an emergency number is never dialled through Genesys Cloud, naming it. */
export function explainEmergency(number: ParsedPhone): ExplainedError {
  const base = build('emergency_number');
  const which =
    number.country === '001'
      ? t('explain.emergency_number.which', { number: number.national })
      : t('explain.emergency_number.which_in', { number: number.national, country: number.countryName });
  return {
    ...base,
    detail: `${which} ${base.detail}`,
    fix: [t('explain.emergency_number.fix_number', { number: number.national })],
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
    title: t('explain.needs_confirmation.title'),
    detail: notes.join(' '),
    fix: [
      surface === 'cli'
        ? t('explain.needs_confirmation.fix_cli', { option: '--yes' })
        : t('explain.needs_confirmation.fix_window'),
      ...(alternative
        ? [
            t(surface === 'cli' ? 'explain.needs_confirmation.other_cli' : 'explain.needs_confirmation.other_window', {
              number: alternative,
            }),
          ]
        : []),
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
