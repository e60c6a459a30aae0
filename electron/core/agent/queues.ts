import * as v from 'valibot';
import { ok } from '../../shared/outcome.js';
import type { Outcome } from '../../shared/outcome.js';
import type { GenesysApi } from '../genesys/api.js';
import { GENESYS_PATHS } from '../genesys/paths.js';

/** A queue the agent may place calls on behalf of, as Settings offers it by name. */
export interface QueueChoice {
  id: string;
  name: string;
}

/** One page of UserQueueEntityListing: the fields read here. */
const QueuePageSchema = v.looseObject({
  entities: v.optional(v.array(v.looseObject({ id: v.string(), name: v.optional(v.string()) }))),
  pageCount: v.optional(v.number()),
});

const PAGE_SIZE = 100;
/** A thousand queues is past any list a person chooses from; the field still takes an id typed in. */
const MAX_PAGES = 10;

/**
 * The queues calls can be placed from: the signed-in agent's own (`routing/queues/me`, no permission needed)
 * or, with client credentials, the on-behalf user's (`users/{id}/queues`, which needs a routing permission
 * the OAuth client may lack; that refusal comes back explained, naming it).
 */
export async function listQueues(
  api: GenesysApi,
  onBehalfOfUserId: string | undefined,
): Promise<Outcome<QueueChoice[]>> {
  const queues: QueueChoice[] = [];
  for (let pageNumber = 1; pageNumber <= MAX_PAGES; pageNumber++) {
    const path = onBehalfOfUserId
      ? GENESYS_PATHS.queuesOf(onBehalfOfUserId, PAGE_SIZE, pageNumber)
      : GENESYS_PATHS.myQueues(PAGE_SIZE, pageNumber);
    const page = await api.call({ method: 'GET', path, schema: QueuePageSchema, action: 'read' });
    if (!page.ok) return page;
    for (const queue of page.value.entities ?? []) queues.push({ id: queue.id, name: queue.name ?? queue.id });
    if (pageNumber >= (page.value.pageCount ?? 1)) break;
  }
  return ok(queues);
}
