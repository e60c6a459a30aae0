import type { ExplainedError } from '../../shared/explained-error.js';
import { ok } from '../../shared/outcome.js';
import type { Outcome } from '../../shared/outcome.js';
import type { GenesysApi } from '../genesys/api.js';
import { GENESYS_PATHS } from '../genesys/paths.js';
import { describePermissions, permissionsFor } from '../genesys/permissions.js';
import { UserSchema, UserStationsSchema } from '../genesys/schemas.js';
import type { UserStations } from '../genesys/schemas.js';

/** A Genesys request and the permissions it lists (none: any token may), so checks and errors can name them. */
export interface Endpoint {
  method: 'GET' | 'POST';
  path: string;
  permissions: string[];
}

/** The request a reading makes, with the permissions Genesys lists for it. */
export function endpointOf(method: Endpoint['method'], path: string): Endpoint {
  return { method, path, permissions: [...(permissionsFor(method, path.split('?')[0] ?? path)?.any ?? [])] };
}

/** Where the agent's calls ring: a named phone, none at all, or not readable with this sign-in (with why). */
export type StationReading =
  { state: 'ready'; name: string } | { state: 'none' } | { state: 'unknown'; reason: string };

/** Who calls are placed as and where they ring, as the identity bar shows it. */
export interface AgentIdentity {
  userId: string;
  /** The agent's name as Genesys Cloud knows it (absent when the user has none). */
  name?: string;
  station: StationReading;
}

/** The user calls are placed as: the signed-in agent (with their station in the same request) or the on-behalf user. */
export async function readAgentUser(api: GenesysApi, onBehalfOfUserId: string | undefined) {
  const endpoint = endpointOf(
    'GET',
    onBehalfOfUserId ? GENESYS_PATHS.user(onBehalfOfUserId) : GENESYS_PATHS.meWithStation,
  );
  const user = await api.call({ method: 'GET', path: endpoint.path, schema: UserSchema, action: 'read' });
  return { endpoint, user };
}

/** One reading of a user's station: the stations, or the error; `forbidden` when the sign-in may not look. */
export interface StationLookup {
  endpoint: Endpoint;
  stations: Outcome<UserStations | undefined, ExplainedError & { forbidden: boolean }>;
}

/**
 * The agent's own station came with `users/me?expand=station` (no extra permission); another user's
 * station is its own request, which since May 2026 needs a permission a client may lack.
 */
export async function readStation(
  api: GenesysApi,
  user: { id: string; station?: UserStations | undefined },
  onBehalf: boolean,
  meEndpoint: Endpoint,
): Promise<StationLookup> {
  if (!onBehalf) return { endpoint: meEndpoint, stations: ok(user.station) };
  const endpoint = endpointOf('GET', GENESYS_PATHS.stationOf(user.id));
  const stations = await api.call({ method: 'GET', path: endpoint.path, schema: UserStationsSchema, action: 'read' });
  return {
    endpoint,
    stations: stations.ok
      ? stations
      : { ok: false, error: { ...stations.error, forbidden: stations.error.httpStatus === 403 } },
  };
}

/**
 * The station a call would ring on: the effective one, which is already the one Genesys chose (the
 * associated station, else the default). Without it Genesys refuses the call, so no other is offered.
 */
export function ringingStation(
  stations: UserStations | undefined,
): { id: string; name?: string | undefined } | undefined {
  return stations?.effectiveStation;
}

/** The station lookup as the agent reads it: a name, none, or why softdial cannot tell. */
export function stationReading(lookup: StationLookup): StationReading {
  if (!lookup.stations.ok)
    return {
      state: 'unknown',
      reason: lookup.stations.error.forbidden
        ? `Reading this user's phone needs ${describePermissions(lookup.endpoint.permissions)}.`
        : `${lookup.stations.error.title}. ${lookup.stations.error.detail}`,
    };
  const station = ringingStation(lookup.stations.value);
  return station ? { state: 'ready', name: station.name ?? station.id } : { state: 'none' };
}

/** Who calls are placed as and where they ring, in at most two requests. */
export async function readAgentIdentity(
  api: GenesysApi,
  onBehalfOfUserId: string | undefined,
): Promise<Outcome<AgentIdentity>> {
  const { endpoint, user } = await readAgentUser(api, onBehalfOfUserId);
  if (!user.ok) return user;
  const lookup = await readStation(api, user.value, onBehalfOfUserId !== undefined, endpoint);
  return ok({
    userId: user.value.id,
    ...(user.value.name ? { name: user.value.name } : {}),
    station: stationReading(lookup),
  });
}
