import { describe, expect, it } from 'vitest';
import { explainNetworkFailure, explainResponse, missingPermissions } from '../../../electron/core/explain/catalog.js';
import { retryAfterSeconds } from '../../../electron/core/genesys/explainer.js';
import { NetworkFailure } from '../../../electron/core/genesys/http.js';
import type { HttpRequest } from '../../../electron/shared/explained-error.js';

const request: HttpRequest = {
  method: 'POST',
  url: 'https://api.mypurecloud.de/api/v2/conversations/calls',
  headers: { authorization: 'Bearer abc.secret.token', 'content-type': 'application/json' },
  body: '{"phoneNumber":"+442079460958"}',
};
const respond = (status: number, body: Record<string, unknown>, headers: Record<string, string> = {}) =>
  explainResponse({
    request,
    response: { status, headers: { 'inin-correlation-id': 'corr-1', ...headers }, body: JSON.stringify(body) },
    action: 'dial',
  });

describe('the explanation catalog', () => {
  it.each([
    [400, 'bad.request', 'bad_request'],
    [400, 'invalid.value', 'invalid_value'],
    [400, 'not.a.user', 'not_a_user'],
    [400, 'conversation.error.no.user.station', 'no_station'],
    [400, 'too.many.create.conversation.parameters', 'too_many_destinations'],
    [401, 'authentication.required', 'signed_out'],
    [401, 'bad.credentials', 'signed_out'],
    [403, 'missing.permissions', 'missing_permission'],
    [403, 'missing.any.permissions', 'missing_permission'],
    [403, 'not.authorized', 'not_authorized'],
    [404, 'not.found', 'not_found'],
    [415, 'unsupported.media.type', 'unsupported_media_type'],
    [429, 'too.many.requests.retry.after', 'rate_limited'],
    [500, 'internal.server.error', 'server_error'],
    [500, 'providerapi.error.station.no.active.edge', 'no_active_edge'],
    [503, 'service.unavailable', 'service_unavailable'],
    [504, 'request.timeout', 'gateway_timeout'],
    [404, 'resource.not.found', 'not_found'],
    [404, 'general.resource.not.found', 'not_found'],
    [404, 'conversation.error.conversation.not.found', 'not_found'],
    [403, 'conversation.error.forbidden.not.active.participant', 'not_authorized'],
    [500, 'providerapi.error.no.station.for.edge', 'no_active_edge'],
    [504, 'authentication.request.timeout', 'gateway_timeout'],
    // A 403 that names the permission, but in another division, still reads as a missing permission.
    [403, 'missing.division.permission', 'missing_permission'],
    [408, 'client.timeout', 'timeout'],
    [413, 'request.entity.too.large', 'bad_request'],
  ])('%i %s → %s, with title, detail, fix and the correlation id', (status, genesysCode, code) => {
    const error = respond(status, { code: genesysCode, status, message: 'Something', contextId: 'corr-1' });
    expect(error).toMatchObject({ code, httpStatus: status, genesysCode, correlationId: 'corr-1' });
    expect(error.title.length).toBeGreaterThan(5);
    expect(error.detail).toMatch(/Genesys said: "Something"/);
    expect(error.fix.length).toBeGreaterThan(0);
  });

  it('falls back on the status when the code is unknown, and reads contextId when the header is missing', () => {
    const error = explainResponse({
      request,
      response: { status: 403, headers: {}, body: '{"code":"new.code","contextId":"ctx-9"}' },
      action: 'read',
    });
    expect(error).toMatchObject({ code: 'not_authorized', correlationId: 'ctx-9' });
  });

  it.each([
    ['/api/v2/conversations/calls', /conversation:conference:add/],
    ['/api/v2/conversations/calls/user/user-1', /conversation:agentlessCall:add or conversation:call:add/],
  ])('names the permission %s lists when a 403 names none', (path, listed) => {
    const error = explainResponse({
      request: { ...request, url: `https://api.mypurecloud.de${path}` },
      response: { status: 403, headers: {}, body: '{"code":"missing.permissions","status":403,"message":"Forbidden"}' },
      action: 'dial',
    });
    expect(error.code).toBe('missing_permission');
    expect(error.detail).toMatch(listed);
    expect(error.fix.join(' ')).toMatch(listed);
  });

  it('says how to hang up with client credentials when Genesys refuses a non-participant', () => {
    const error = respond(403, { code: 'conversation.error.forbidden.not.active.participant', status: 403 });
    expect(error.detail).toMatch(/participants\/\{participantId\}\/user\/\{userId\}/);
  });

  it('answers the tutorial\'s "Malformed participant address" with the documented shape', () => {
    const error = respond(400, { message: 'Malformed participant address', status: 400, code: 'bad.request' });
    expect(error.code).toBe('malformed_address');
    expect(error.detail).toMatch(/no type, from or to|has none of those fields/);
    expect(error.fix[0]).toContain('{"phoneNumber":"+13175551234"}');
  });

  it('names the missing permission from messageParams or the message', () => {
    expect(missingPermissions({ messageParams: { permissions: 'conversation:call:add' } })).toEqual([
      'conversation:call:add',
    ]);
    expect(
      missingPermissions({
        message: 'You are missing the following permission(s): [conversation:agentlessCall:add, directory:user:view]',
      }),
    ).toEqual(['conversation:agentlessCall:add', 'directory:user:view']);
  });

  it('marks 500/502/504 answers to a dial as possibly placed, but not a station without an Edge', () => {
    expect(respond(502, {}).callMayHaveBeenPlaced).toBe(true);
    expect(respond(500, { code: 'internal.server.error' }).callMayHaveBeenPlaced).toBe(true);
    expect(respond(500, { code: 'providerapi.error.station.no.active.edge' }).callMayHaveBeenPlaced).toBeUndefined();
    expect(respond(400, { code: 'bad.request' }).callMayHaveBeenPlaced).toBeUndefined();
  });

  it('reads Retry-After as seconds or as a date', () => {
    expect(respond(429, { code: 'too.many.requests.retry.after' }, { 'retry-after': '12' }).retryAfterSeconds).toBe(12);
    expect(
      retryAfterSeconds(
        { 'retry-after': new Date(Date.UTC(2026, 0, 1, 0, 0, 30)).toUTCString() },
        Date.UTC(2026, 0, 1),
      ),
    ).toBe(30);
  });

  it('shows the request and response to the admin with credentials removed', () => {
    const error = respond(400, { code: 'bad.request', access_token: 'leaky' });
    expect(error.request?.headers['authorization']).toBe('Bearer [redacted]');
    expect(error.request?.body).toBe('{"phoneNumber":"+442079460958"}');
    expect(error.response?.body).toContain('"access_token":"[redacted]"');
    expect(JSON.stringify(error)).not.toMatch(/abc\.secret\.token|leaky/);
  });

  it('explains network failures and whether anything reached Genesys', () => {
    const before = explainNetworkFailure(
      new NetworkFailure('dns', 'before-send', 'ENOTFOUND', 'getaddrinfo ENOTFOUND', request),
      'dial',
    );
    expect(before).toMatchObject({ code: 'dns_failure', retryable: true });
    expect(before.detail).toMatch(/Nothing reached Genesys Cloud/);
    const after = explainNetworkFailure(
      new NetworkFailure('timeout', 'after-send', 'ETIMEDOUT', 'Timeout', request),
      'dial',
    );
    expect(after).toMatchObject({ code: 'timeout', callMayHaveBeenPlaced: true, retryable: false });
    const read = explainNetworkFailure(
      new NetworkFailure('timeout', 'after-send', 'ETIMEDOUT', 'Timeout', request),
      'read',
    );
    expect(read.callMayHaveBeenPlaced).toBeUndefined();
  });
});
