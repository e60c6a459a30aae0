import { permissionsFor } from '../genesys/permissions.js';
import { errorBody } from './http-kit.js';
import type { EmulatorRequest, EmulatorResponse } from './http-kit.js';
import type { EmulatorState, IssuedToken } from './state.js';

/** Genesys's answer to client credentials on an endpoint that needs a user. */
export const notAUser = (request: EmulatorRequest): EmulatorResponse =>
  errorBody(
    request,
    400,
    'not.a.user',
    'This request requires a user context. Client credentials cannot be used for requests to this resource.',
  );

/** The 403 Genesys sends when none of the listed permissions is held. */
export const missingPermissions = (request: EmulatorRequest, permissions: readonly string[]): EmulatorResponse =>
  errorBody(
    request,
    403,
    permissions.length > 1 ? 'missing.any.permissions' : 'missing.permissions',
    `Unable to perform the requested action. You are missing the following permission(s): [${permissions.join(', ')}]`,
    { messageParams: { permissions: permissions.join(', ') } },
  );

/**
 * Refuses a request the way Genesys would before the route runs: a user-only endpoint called with client
 * credentials, or a caller holding none of the endpoint's listed permissions.
 */
export function permissionGate(
  request: EmulatorRequest,
  state: EmulatorState,
  auth: IssuedToken,
): EmulatorResponse | undefined {
  const listing = permissionsFor(request.method, request.url.pathname);
  if (!listing) return undefined;
  if (listing.userContext && auth.kind !== 'user') return notAUser(request);
  if (listing.any.length === 0) return undefined;
  const held = state.permissionsOf(auth);
  if (listing.any.some((permission) => held.includes(permission))) return undefined;
  return missingPermissions(request, listing.any);
}
