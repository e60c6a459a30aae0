import type { Handlers } from '../../ipc/dispatch.js';
import type { PushSink } from '../../ipc/push-queue.js';
import { ok } from '../../shared/outcome.js';
import { fireAndForget } from '../../shared/unexpected-errors.js';
import type { SoftdialCore } from '../softdial-core.js';

/** Follows a placed call until it ends (or its window is gone for good), pushing its progress; a watch that had to stop says why. */
function followCalls(core: SoftdialCore, pushes: PushSink, gone?: AbortSignal): (conversationId: string) => void {
  return (conversationId) => {
    const watching = core
      .watchCall(conversationId, (progress) => pushes.emit('callProgress', progress), gone ? { signal: gone } : {})
      .then((outcome) => {
        // A watch that had to stop (state unknown for too long, call no longer readable) says why.
        if (!outcome.ok)
          pushes.emit('callProgress', {
            conversationId,
            phase: 'unknown',
            problem: `${outcome.error.title}. ${outcome.error.detail}`,
          });
      });
    fireAndForget(watching, 'following a call');
  };
}

/**
 * Dialling as one client (a window) sees it: a dial (followed until it ends unless another press placed
 * it), Cancel for the dials of this client still waiting out a rate limit, and hanging up.
 */
export function dialHandlers(
  core: SoftdialCore,
  pushes: PushSink,
  gone?: AbortSignal,
): Pick<Handlers, 'dial' | 'cancelDial' | 'hangUp'> {
  const follow = followCalls(core, pushes, gone);
  // The dials of this client in flight, so Cancel stops the ones waiting out a rate limit.
  const dialling = new Set<AbortController>();
  return {
    dial: async (intent) => {
      const controller = new AbortController();
      dialling.add(controller);
      const outcome = await core
        .dial({
          source: intent.source,
          ...(intent.text !== undefined ? { text: intent.text } : {}),
          ...(intent.contactId !== undefined ? { contactId: intent.contactId } : {}),
          ...(intent.confirmed !== undefined ? { confirmed: intent.confirmed } : {}),
          ...(intent.expect !== undefined ? { expect: intent.expect } : {}),
          onWait: (seconds, reason) => pushes.emit('dialWaiting', { seconds, reason }),
          signal: controller.signal,
        })
        .finally(() => dialling.delete(controller));
      if (outcome.ok && outcome.value.conversationId && !outcome.value.shared) follow(outcome.value.conversationId);
      return outcome;
    },
    cancelDial: async () => {
      const waiting = [...dialling];
      for (const controller of waiting) controller.abort();
      return ok({ cancelled: waiting.length > 0 });
    },
    hangUp: (conversationId) => core.hangUp(conversationId),
  };
}
