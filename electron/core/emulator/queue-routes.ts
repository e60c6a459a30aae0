import { errorBody, json } from './http-kit.js';
import type { EmulatorRequest, EmulatorResponse } from './http-kit.js';
import type { EmulatedQueue } from './org-model.js';
import type { Route } from './route.js';
import type { EmulatorState } from './state.js';

/** A queue as UserQueueEntityListing shows it (the fields softdial and the SDK read). */
const queueView = (queue: EmulatedQueue) => ({
  id: queue.id,
  name: queue.name,
  memberCount: queue.members.length,
  joined: true,
  selfUri: `/api/v2/routing/queues/${queue.id}`,
});

/** One page of a user's queues, sorted by name as Genesys sorts them. */
function queuesPage(request: EmulatorRequest, state: EmulatorState, userId: string): EmulatorResponse {
  const pageSize = Math.min(500, Math.max(1, Number(request.url.searchParams.get('pageSize') ?? 25) || 25));
  const pageNumber = Math.max(1, Number(request.url.searchParams.get('pageNumber') ?? 1) || 1);
  const mine = state.org.queues
    .filter((queue) => queue.members.includes(userId))
    .sort((a, b) => a.name.localeCompare(b.name));
  return json(200, {
    entities: mine.slice((pageNumber - 1) * pageSize, pageNumber * pageSize).map(queueView),
    pageSize,
    pageNumber,
    total: mine.length,
    pageCount: Math.max(1, Math.ceil(mine.length / pageSize)),
  });
}

/** The queues a user belongs to: the signed-in agent's own (no permission) or another user's (routing permission). */
export const queueRoutes: readonly Route[] = [
  ['GET', /^\/api\/v2\/routing\/queues\/me$/, (request, state, auth) => queuesPage(request, state, auth.userId ?? '')],
  [
    'GET',
    /^\/api\/v2\/users\/([^/]+)\/queues$/,
    (request, state, _auth, [id = '']) =>
      state.user(id)
        ? queuesPage(request, state, id)
        : errorBody(request, 404, 'general.resource.not.found', `User ${id} not found.`),
  ],
];
