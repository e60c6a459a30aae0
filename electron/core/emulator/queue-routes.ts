import { errorBody, json } from './http-kit.js';
import type { EmulatorRequest, EmulatorResponse } from './http-kit.js';
import type { EmulatedQueue } from './org-model.js';
import type { Route } from './route.js';
import type { EmulatorState } from './state.js';

/** A queue as UserQueueEntityListing shows it to one member (the fields softdial and the SDK read). */
const queueView = (queue: EmulatedQueue, userId: string) => ({
  id: queue.id,
  name: queue.name,
  memberCount: queue.members.length,
  joined: !queue.unjoined?.includes(userId),
  selfUri: `/api/v2/routing/queues/${queue.id}`,
});

/**
 * One page of a user's queues, sorted by name as Genesys sorts them; `joined` filters them when given, and
 * `joinedByDefault` is what the endpoint assumes without it (users/{id}/queues: true; routing/queues/me: none).
 */
function queuesPage(
  request: EmulatorRequest,
  state: EmulatorState,
  userId: string,
  joinedByDefault?: boolean,
): EmulatorResponse {
  const pageSize = Math.min(500, Math.max(1, Number(request.url.searchParams.get('pageSize') ?? 25) || 25));
  const pageNumber = Math.max(1, Number(request.url.searchParams.get('pageNumber') ?? 1) || 1);
  const asked = request.url.searchParams.get('joined');
  const joined = asked === null ? joinedByDefault : asked === 'true';
  const mine = state.org.queues
    .filter((queue) => queue.members.includes(userId))
    .filter((queue) => joined === undefined || joined === !queue.unjoined?.includes(userId))
    .sort((a, b) => a.name.localeCompare(b.name));
  return json(200, {
    entities: mine.slice((pageNumber - 1) * pageSize, pageNumber * pageSize).map((queue) => queueView(queue, userId)),
    pageSize,
    pageNumber,
    total: mine.length,
    pageCount: Math.max(1, Math.ceil(mine.length / pageSize)),
  });
}

/** The queues a user belongs to: the signed-in agent's own (no permission) or another user's (routing:queue:view). */
export const queueRoutes: readonly Route[] = [
  ['GET', /^\/api\/v2\/routing\/queues\/me$/, (request, state, auth) => queuesPage(request, state, auth.userId ?? '')],
  [
    'GET',
    /^\/api\/v2\/users\/([^/]+)\/queues$/,
    (request, state, _auth, [id = '']) =>
      state.user(id)
        ? queuesPage(request, state, id, true)
        : errorBody(request, 404, 'general.resource.not.found', `User ${id} not found.`),
  ],
];
