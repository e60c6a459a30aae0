// Every Genesys Cloud API path softdial calls, and every notification topic it subscribes, in one place:
// the rest of the core names what it wants.

const id = (value: string): string => encodeURIComponent(value);

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
  /** A notification channel's topic subscriptions. */
  subscriptionsOf: (channelId: string): string => `/api/v2/notifications/channels/${id(channelId)}/subscriptions`,
  /** One page of the active users directory. */
  usersPage: (pageSize: number, pageNumber: number): string =>
    `/api/v2/users?pageSize=${pageSize}&pageNumber=${pageNumber}&state=active`,
  /** Some users (ids already joined and encoded) with their presence and routing status. */
  usersPresence: (encodedIds: string): string =>
    `/api/v2/users?pageSize=100&id=${encodedIds}&expand=presence,routingStatus`,
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
  /** One page of the queues the signed-in agent is a member of (no permission needed). */
  myQueues: (pageSize: number, pageNumber: number): string =>
    `/api/v2/routing/queues/me?pageSize=${pageSize}&pageNumber=${pageNumber}`,
  /** One page of the queues a user is a member of (for an on-behalf user; needs a routing permission). */
  queuesOf: (userId: string, pageSize: number, pageNumber: number): string =>
    `/api/v2/users/${id(userId)}/queues?pageSize=${pageSize}&pageNumber=${pageNumber}`,
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
