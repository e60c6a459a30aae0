/**
 * The permissions Genesys Cloud lists for each endpoint softdial uses ("Requires ANY permissions" in the
 * SDK's build/docs/*Api.md, platform-client-sdk-javascript 262), in one place:
 * the emulator enforces them, explanations name them when a 403 does not, and the doctor quotes them.
 * `any`: one of these is enough. `confirmed: false` marks a listing no primary source states.
 */
export interface EndpointPermissions {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE' | 'HEAD';
  /** The path as the API reference writes it, with {placeholders}. */
  path: string;
  any: readonly string[];
  /** The endpoint needs a user's token (client credentials get 400 not.a.user). */
  userContext?: boolean;
  confirmed: boolean;
}

/** Every endpoint softdial or its emulator speaks, with the permissions it lists. */
export const ENDPOINT_PERMISSIONS: readonly EndpointPermissions[] = [
  {
    method: 'POST',
    path: '/api/v2/conversations/calls',
    any: ['conversation:conference:add'],
    userContext: true,
    confirmed: true,
  },
  {
    method: 'POST',
    path: '/api/v2/conversations/calls/user/{userId}',
    any: ['conversation:agentlessCall:add', 'conversation:call:add'],
    confirmed: true,
  },
  { method: 'GET', path: '/api/v2/conversations/calls/{conversationId}', any: [], confirmed: false },
  {
    method: 'PATCH',
    path: '/api/v2/conversations/calls/{conversationId}',
    any: ['conversation:communication:disconnect'],
    userContext: true,
    confirmed: true,
  },
  {
    method: 'PATCH',
    path: '/api/v2/conversations/calls/{conversationId}/participants/{participantId}/user/{userId}',
    any: [
      'conversation:participant:wrapup',
      'conversation:call:record',
      'conversation:communication:disconnect',
      'conversation:agentlessCall:add',
    ],
    confirmed: true,
  },
  {
    method: 'POST',
    path: '/api/v2/conversations/{conversationId}/participants/{participantId}/digits',
    any: [],
    confirmed: true,
  },
  { method: 'POST', path: '/api/v2/notifications/channels', any: [], confirmed: true },
  { method: 'GET', path: '/api/v2/notifications/channels', any: [], confirmed: true },
  { method: 'HEAD', path: '/api/v2/notifications/channels/{channelId}', any: [], confirmed: true },
  { method: 'PUT', path: '/api/v2/notifications/channels/{channelId}/subscriptions', any: [], confirmed: true },
  { method: 'POST', path: '/api/v2/notifications/channels/{channelId}/subscriptions', any: [], confirmed: true },
  { method: 'GET', path: '/api/v2/notifications/channels/{channelId}/subscriptions', any: [], confirmed: true },
  { method: 'DELETE', path: '/api/v2/notifications/channels/{channelId}/subscriptions', any: [], confirmed: true },
  { method: 'GET', path: '/api/v2/users/me', any: [], userContext: true, confirmed: true },
  { method: 'GET', path: '/api/v2/users', any: [], confirmed: true },
  { method: 'POST', path: '/api/v2/users/search', any: ['directory:user:view'], confirmed: true },
  { method: 'GET', path: '/api/v2/users/search', any: ['directory:user:view'], confirmed: true },
  {
    method: 'GET',
    path: '/api/v2/users/stations/me',
    any: ['telephony:selfStationAssociation:view'],
    userContext: true,
    confirmed: true,
  },
  {
    method: 'GET',
    path: '/api/v2/users/{userId}/station',
    any: ['telephony:otherStationAssociation:view'],
    confirmed: true,
  },
  { method: 'GET', path: '/api/v2/users/{userId}', any: [], confirmed: false },
  {
    method: 'GET',
    path: '/api/v2/externalcontacts/contacts',
    any: ['relate:contact:view', 'externalContacts:contact:view'],
    confirmed: true,
  },
  {
    method: 'GET',
    path: '/api/v2/externalcontacts/scan/contacts',
    any: ['relate:contact:view', 'externalContacts:contact:view'],
    confirmed: true,
  },
  {
    method: 'POST',
    path: '/api/v2/externalcontacts/identifierlookup/contacts',
    any: ['externalContacts:contact:view'],
    confirmed: true,
  },
  {
    method: 'GET',
    path: '/api/v2/externalcontacts/contacts/{contactId}',
    any: ['relate:contact:view', 'externalContacts:contact:view'],
    confirmed: true,
  },
  { method: 'GET', path: '/api/v2/routing/queues/me', any: [], userContext: true, confirmed: true },
  {
    method: 'GET',
    path: '/api/v2/users/{userId}/queues',
    any: ['routing:queue:view'],
    confirmed: true,
  },
  { method: 'GET', path: '/api/v2/tokens/me', any: [], confirmed: true },
  { method: 'DELETE', path: '/api/v2/tokens/me', any: [], confirmed: true },
];

/** The permission needed to subscribe to another user's call topic with a client token (unconfirmed). */
export const OTHER_USER_CALLS_TOPIC_PERMISSION = 'conversation:call:view';

const patternOf = (template: string): RegExp =>
  new RegExp(`^${template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{[^/}]+\}/g, '[^/]+')}$`);

const COMPILED = ENDPOINT_PERMISSIONS.map((entry) => ({ entry, pattern: patternOf(entry.path) }));

/** The listing for a request: literal paths win over templated ones (users/me before users/{userId}). */
export function permissionsFor(method: string, path: string): EndpointPermissions | undefined {
  return COMPILED.find(({ entry, pattern }) => entry.method === method.toUpperCase() && pattern.test(path))?.entry;
}

/** "a or b" as a person reads a permission requirement. */
export const describePermissions = (permissions: readonly string[]): string => permissions.join(' or ');
