// Every Genesys Cloud API path softdial calls, in one place: the rest of the core names what it wants.

const id = (value: string): string => encodeURIComponent(value);

/** The API paths, each built from its ids (encoded). */
export const GENESYS_PATHS = {
  /** Place a call as the signed-in agent, or (client credentials) on behalf of a user. */
  calls: (onBehalfOfUserId?: string): string =>
    onBehalfOfUserId ? `/api/v2/conversations/calls/user/${id(onBehalfOfUserId)}` : '/api/v2/conversations/calls',
  /** One call conversation: its progress (GET) or hanging it up (PATCH). */
  call: (conversationId: string): string => `/api/v2/conversations/calls/${id(conversationId)}`,
  /** The token in use: what it is (GET) or revoking it (DELETE). */
  tokenOfCaller: '/api/v2/tokens/me',
  /** A user, or (no id) the signed-in one. */
  user: (userId?: string): string => (userId ? `/api/v2/users/${id(userId)}` : '/api/v2/users/me'),
  /** A user's stations: the phone calls ring on. */
  stationOf: (userId: string): string => `/api/v2/users/${id(userId)}/station`,
  /** An external contact. */
  externalContact: (contactId: string): string => `/api/v2/externalcontacts/contacts/${id(contactId)}`,
} as const;
