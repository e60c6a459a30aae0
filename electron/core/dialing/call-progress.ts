import * as v from 'valibot';
import type { Clock } from '../clock.js';
import { CALL_PHASES } from '../../shared/closed-sets.js';
import type { CallPhase } from '../../shared/closed-sets.js';
import { ok } from '../../shared/outcome.js';
import type { Outcome } from '../../shared/outcome.js';
import type { GenesysApi } from '../genesys/api.js';
import { GENESYS_PATHS } from '../genesys/paths.js';
import { CallConversationSchema } from '../genesys/schemas.js';
import type { CallConversation } from '../genesys/schemas.js';

/** A call's progress as the UI shows it in its status region. */
export interface CallProgress {
  conversationId: string;
  phase: CallPhase;
  address?: string;
  disconnectType?: string;
  problem?: string;
}

/** A customer state that names a phase. */
const isPhase = (state: string): state is CallPhase => (CALL_PHASES as readonly string[]).includes(state);

/** Reads the phase from the customer (external) participant of a call conversation. */
function progressOf(conversation: CallConversation): CallProgress {
  const customer = conversation.participants.find(
    (participant) => participant.purpose === 'customer' || participant.purpose === 'external',
  );
  const state = customer?.state?.toLowerCase() ?? 'unknown';
  return {
    conversationId: conversation.id,
    phase: isPhase(state) ? state : 'unknown',
    ...(customer?.address ? { address: customer.address } : {}),
    ...(customer?.disconnectType ? { disconnectType: customer.disconnectType } : {}),
    ...(customer?.errorInfo?.message ? { problem: customer.errorInfo.message } : {}),
  };
}

/** The call's progress now. */
export async function fetchProgress(api: GenesysApi, conversationId: string): Promise<Outcome<CallProgress>> {
  const result = await api.call({
    method: 'GET',
    path: GENESYS_PATHS.call(conversationId),
    schema: CallConversationSchema,
    action: 'read',
  });
  return result.ok ? ok(progressOf(result.value)) : result;
}

/** Hangs the call up (PATCH state disconnected). */
export async function hangUp(api: GenesysApi, conversationId: string): Promise<Outcome<CallProgress>> {
  const result = await api.call({
    method: 'PATCH',
    path: GENESYS_PATHS.call(conversationId),
    body: { state: 'disconnected' },
    schema: v.union([CallConversationSchema, v.undefined()]),
    action: 'hang-up',
  });
  if (!result.ok) return result;
  return ok(result.value ? progressOf(result.value) : { conversationId, phase: 'disconnected' });
}

/**
 * Polls a call until it is disconnected (or the time limit passes), reporting each change of phase; ends
 * with the last progress, or why the call could no longer be read.
 * Polling because a notification channel needs a WebSocket the emulator does not offer yet.
 */
export async function watchCall(
  api: GenesysApi,
  conversationId: string,
  onProgress: (progress: CallProgress) => void,
  options: { clock: Clock; intervalMs?: number; maxMs?: number; signal?: AbortSignal },
): Promise<Outcome<CallProgress>> {
  const started = options.clock.now();
  let last: CallPhase | undefined;
  for (;;) {
    const result = await fetchProgress(api, conversationId);
    if (!result.ok) return result;
    const progress = result.value;
    if (progress.phase !== last) {
      last = progress.phase;
      onProgress(progress);
    }
    const expired = options.clock.now() - started >= (options.maxMs ?? 3_600_000);
    if (progress.phase === 'disconnected' || expired || options.signal?.aborted) return result;
    await options.clock.sleep(options.intervalMs ?? 1000);
  }
}
