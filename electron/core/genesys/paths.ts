// Every Genesys Cloud API path softdial calls, and every notification topic it subscribes, in one place:
// the rest of the core names what it wants.
import { DOT_SEGMENT_PROBLEM, isDotSegment } from '../../shared/path-ids.js';

/** An id as one encoded path segment; "." and ".." (encoding keeps them dots) are refused, never sent. */
const id = (value: string): string => {
  if (isDotSegment(value)) throw new RangeError(`the id "${value}" ${DOT_SEGMENT_PROBLEM}`);
  return encodeURIComponent(value);
};

/** The API paths, each built from its ids (encoded). */
export const GENESYS_PATHS = {
  /** Place a call as the signed-in agent, or (client credentials) on behalf of a user. */
  calls: (onBehalfOfUserId?: string): string =>
    onBehalfOfUserId ? `/api/v2/conversations/calls/user/${id(onBehalfOfUserId)}` : '/api/v2/conversations/calls',
  /** One call conversation: its progress (GET) or hanging it up (PATCH). */
  call: (conversationId: string): string => `/api/v2/conversations/calls/${id(conversationId)}`,
  /** One participant's leg of a call as a user (hanging up on behalf of that user: PATCH). */
  participantAsUser: (conversationId: string, participantId: string, userId: string): string =>
    `/api/v2/conversations/calls/${id(conversationId)}/participants/${id(participantId)}/user/${id(userId)}`,
  /** The token in use: what it is (GET) or revoking it (DELETE). */
  tokenOfCaller: '/api/v2/tokens/me',
  /** The token in use, read without resetting its idle timer. */
  tokenOfCallerKeepingIdle: '/api/v2/tokens/me?preserveIdleTTL=true',
  /** The signed-in user with their station, in one request that needs no extra permission. */
  meWithStation: '/api/v2/users/me?expand=station',
  /** Notification channels: creating one (POST). */
  notificationChannels: '/api/v2/notifications/channels',
  /**
   * A notification channel's topic subscriptions, replaced keeping the permitted topics when some are refused
   * (`ignoreErrors=true`: without it one refused topic fails the whole request).
   */
  subscriptionsOf: (channelId: string): string =>
    `/api/v2/notifications/channels/${id(channelId)}/subscriptions?ignoreErrors=true`,
  /** One page of the active users directory. */
  usersPage: (pageSize: number, pageNumber: number): string =>
    `/api/v2/users?pageSize=${pageSize}&pageNumber=${pageNumber}&state=active`,
  /** Some users with their presence and routing status; lists go as repeated parameters (the SDK docs' "multi"). */
  usersPresence: (userIds: readonly string[]): string =>
    `/api/v2/users?pageSize=${userIds.length}${userIds.map((userId) => `&id=${id(userId)}`).join('')}&expand=presence&expand=routingStatus`,
  /** Searching the users directory (POST). */
  usersSearch: '/api/v2/users/search',
  /** Searching external contacts as the agent types. */
  externalContactsSearch: (query: string, pageSize: number): string =>
    `/api/v2/externalcontacts/contacts?q=${id(query)}&pageSize=${pageSize}&pageNumber=1&expand=externalOrganization`,
  /** One page of the external contacts scan, after the cursor of the previous one. */
  externalContactsScan: (limit: number, cursor?: string): string =>
    `/api/v2/externalcontacts/scan/contacts?limit=${limit}${cursor ? `&cursor=${id(cursor)}` : ''}`,
  /** A user, or (no id) the signed-in one. */
  user: (userId?: string): string => (userId ? `/api/v2/users/${id(userId)}` : '/api/v2/users/me'),
  /** A user's stations: the phone calls ring on. */
  stationOf: (userId: string): string => `/api/v2/users/${id(userId)}/station`,
  /**
   * One page of the queues the signed-in agent has joined (no permission needed). `joined=true` is sent:
   * this endpoint does not default it, users/{id}/queues does, and both modes must list the same queues.
   */
  myQueues: (pageSize: number, pageNumber: number): string =>
    `/api/v2/routing/queues/me?pageSize=${pageSize}&pageNumber=${pageNumber}&joined=true`,
  /** One page of the queues a user has joined (for an on-behalf user; needs routing:queue:view). */
  queuesOf: (userId: string, pageSize: number, pageNumber: number): string =>
    `/api/v2/users/${id(userId)}/queues?pageSize=${pageSize}&pageNumber=${pageNumber}&joined=true`,
  /** An external contact. */
  externalContact: (contactId: string): string => `/api/v2/externalcontacts/contacts/${id(contactId)}`,
} as const;

/** The notification topics, each built from its user id (ids are not encoded: topics are not URLs). */
export const GENESYS_TOPICS = {
  /** A user's call conversations, as they change. */
  callsOf: (userId: string): string => `v2.users.${userId}.conversations.calls`,
  /** A user's presence. */
  presenceOf: (userId: string): string => `v2.users.${userId}.presence`,
  /** A user's routing status. */
  routingStatusOf: (userId: string): string => `v2.users.${userId}.routingStatus`,
} as const;
