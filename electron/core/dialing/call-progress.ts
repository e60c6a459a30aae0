import * as v from 'valibot';
import type { Clock } from '../clock.js';
import type { ExplainedError } from '../../shared/explained-error.js';
import type { GenesysApi } from '../genesys/api.js';
import { CallConversationSchema } from '../genesys/schemas.js';
import type { CallConversation } from '../genesys/schemas.js';

/** Where a call stands, from the customer participant's state. */
export type CallPhase = 'dialing' | 'contacting' | 'alerting' | 'connected' | 'disconnected' | 'unknown';

/** A call's progress as the UI shows it in its status region. */
export interface CallProgress {
  conversationId: string;
  phase: CallPhase;
  address?: string;
  disconnectType?: string;
  problem?: string;
}

const PHASES = new Set<string>(['dialing', 'contacting', 'alerting', 'connected', 'disconnected']);

/** Reads the phase from the customer (external) participant of a call conversation. */
function progressOf(conversation: CallConversation): CallProgress {
  const customer = conversation.participants.find(
    (participant) => participant.purpose === 'customer' || participant.purpose === 'external',
  );
  const state = customer?.state?.toLowerCase() ?? 'unknown';
  return {
    conversationId: conversation.id,
    phase: PHASES.has(state) ? (state as CallPhase) : 'unknown',
    ...(customer?.address ? { address: customer.address } : {}),
    ...(customer?.disconnectType ? { disconnectType: customer.disconnectType } : {}),
    ...(customer?.errorInfo?.message ? { problem: customer.errorInfo.message } : {}),
  };
}

const pathOf = (conversationId: string): string => `/api/v2/conversations/calls/${encodeURIComponent(conversationId)}`;

/** The call's progress now. */
export async function fetchProgress(
  api: GenesysApi,
  conversationId: string,
): Promise<{ ok: true; progress: CallProgress } | { ok: false; error: ExplainedError }> {
  const result = await api.call({
    method: 'GET',
    path: pathOf(conversationId),
    schema: CallConversationSchema,
    action: 'read',
  });
  return result.ok ? { ok: true, progress: progressOf(result.value) } : result;
}

/** Hangs the call up (PATCH state disconnected). */
export async function hangUp(
  api: GenesysApi,
  conversationId: string,
): Promise<{ ok: true; progress: CallProgress } | { ok: false; error: ExplainedError }> {
  const result = await api.call({
    method: 'PATCH',
    path: pathOf(conversationId),
    body: { state: 'disconnected' },
    schema: v.union([CallConversationSchema, v.undefined()]),
    action: 'hang-up',
  });
  if (!result.ok) return result;
  return { ok: true, progress: result.value ? progressOf(result.value) : { conversationId, phase: 'disconnected' } };
}

/**
 * Polls a call until it is disconnected (or the time limit passes), reporting each change of phase.
 * Polling because a notification channel needs a WebSocket the emulator does not offer yet.
 */
export async function watchCall(
  api: GenesysApi,
  conversationId: string,
  onProgress: (progress: CallProgress) => void,
  options: { clock: Clock; intervalMs?: number; maxMs?: number; signal?: AbortSignal },
): Promise<CallProgress | ExplainedError> {
  const started = options.clock.now();
  let last: CallPhase | undefined;
  for (;;) {
    const result = await fetchProgress(api, conversationId);
    if (!result.ok) return result.error;
    if (result.progress.phase !== last) {
      last = result.progress.phase;
      onProgress(result.progress);
    }
    const expired = options.clock.now() - started >= (options.maxMs ?? 3_600_000);
    if (result.progress.phase === 'disconnected' || expired || options.signal?.aborted) return result.progress;
    await options.clock.sleep(options.intervalMs ?? 1000);
  }
}
