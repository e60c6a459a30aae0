import * as v from 'valibot';
import { assertNever } from '../../shared/assert-never.js';
import type { CallPhase } from '../../shared/closed-sets.js';
import { explainCode } from '../explain/catalog.js';
import type { ExplainedError } from '../../shared/explained-error.js';
import { fail, ok } from '../../shared/outcome.js';
import type { Outcome } from '../../shared/outcome.js';
import type { GenesysApi } from '../genesys/api.js';
import { GENESYS_PATHS } from '../genesys/paths.js';
import { CallConversationSchema, ConversationSchema } from '../genesys/schemas.js';
import type { CallConversation, Participant } from '../genesys/schemas.js';
import { farEndOf } from './participants.js';

/** A call's progress as the UI shows it in its status region. */
export interface CallProgress {
  conversationId: string;
  phase: CallPhase;
  /** The participant state exactly as Genesys sent it (e.g. "terminated", "parked"). */
  state?: string;
  address?: string;
  disconnectType?: string;
  problem?: string;
}

/** Participant states that end a call: a watch stops at either. */
export const TERMINAL_STATES: ReadonlySet<string> = new Set(['disconnected', 'terminated']);

/** Genesys states and the phase each one reads as; any other state (none, parked, a new one) is unknown. */
const PHASE_OF_STATE: Readonly<Record<string, CallPhase>> = {
  dialing: 'dialing',
  contacting: 'contacting',
  alerting: 'alerting',
  offering: 'alerting',
  connected: 'connected',
  disconnected: 'disconnected',
  terminated: 'disconnected',
};

/** A call participant's user id (`user{id}`, never `userId`). */
export const userIdOf = (participant: Participant): string | undefined => participant.user?.id;

/** Reads the phase of a call from its far-end participant (a colleague too), as seen by its caller when known. */
export function progressOf(conversation: CallConversation, callerUserId?: string): CallProgress {
  const customer = farEndOf(conversation.participants, userIdOf, callerUserId);
  const state = customer?.state?.toLowerCase();
  return {
    conversationId: conversation.id,
    phase: (state && PHASE_OF_STATE[state]) || 'unknown',
    ...(state ? { state } : {}),
    ...(customer?.address ? { address: customer.address } : {}),
    ...(customer?.disconnectType ? { disconnectType: customer.disconnectType } : {}),
    ...(customer?.errorInfo?.message ? { problem: customer.errorInfo.message } : {}),
  };
}

/** Whether a progress ends the call. */
export const isTerminal = (progress: CallProgress): boolean =>
  progress.phase === 'disconnected' || TERMINAL_STATES.has(progress.state ?? '');

/** The call as Genesys has it now. */
export async function fetchConversation(api: GenesysApi, conversationId: string): Promise<Outcome<CallConversation>> {
  const result = await api.call({
    method: 'GET',
    path: GENESYS_PATHS.call(conversationId),
    schema: CallConversationSchema,
    action: 'read',
  });
  return result.ok ? ok(result.value) : result;
}

/** The call's progress now. */
export async function fetchProgress(
  api: GenesysApi,
  conversationId: string,
  callerUserId?: string,
): Promise<Outcome<CallProgress>> {
  const conversation = await fetchConversation(api, conversationId);
  return conversation.ok ? ok(progressOf(conversation.value, callerUserId)) : conversation;
}

/** How a hang-up is made: the agent's own token, or client credentials on behalf of a user. */
export type HangUpMode = { kind: 'agent' } | { kind: 'on-behalf'; userId: string };

/**
 * Hangs the call up the way Genesys accepts for the token: the whole-call PATCH for an agent (answered
 * by a Conversation with state in calls[], or 202 with no body), the participant PATCH for client
 * credentials (which Genesys refuses the whole-call PATCH). A hang-up Genesys accepted reads as
 * disconnected, never unknown.
 */
export async function hangUp(
  api: GenesysApi,
  conversationId: string,
  mode: HangUpMode,
): Promise<Outcome<CallProgress>> {
  switch (mode.kind) {
    case 'agent': {
      const result = await api.call({
        method: 'PATCH',
        path: GENESYS_PATHS.call(conversationId),
        body: { state: 'disconnected' },
        schema: v.union([ConversationSchema, v.undefined()]),
        action: 'hang-up',
      });
      if (!result.ok) return result;
      const far = farEndOf(result.value?.participants ?? [], (participant) => participant.userId);
      const disconnectType = far?.calls.find((call) => call.disconnectType)?.disconnectType;
      return ok({ conversationId, phase: 'disconnected', ...(disconnectType ? { disconnectType } : {}) });
    }
    case 'on-behalf': {
      const conversation = await fetchConversation(api, conversationId);
      if (!conversation.ok) return conversation;
      const mine = conversation.value.participants.find(
        (participant) => participant.user?.id === mode.userId && !TERMINAL_STATES.has(participant.state ?? ''),
      );
      if (!mine?.id) {
        const progress = progressOf(conversation.value, mode.userId);
        return isTerminal(progress)
          ? ok({ ...progress, phase: 'disconnected' })
          : fail(
              explainCode(
                'not_found',
                `User ${mode.userId} is not an active participant of conversation ${conversationId}, so there is no leg to hang up.`,
              ),
            );
      }
      const path = GENESYS_PATHS.participantAsUser(conversationId, mine.id, mode.userId);
      const result = await api.call({
        method: 'PATCH',
        path,
        body: { state: 'disconnected' },
        schema: v.unknown(),
        action: 'hang-up',
      });
      if (!result.ok) return result;
      const far = progressOf(conversation.value, mode.userId);
      return ok({ conversationId, phase: 'disconnected', ...(far.address ? { address: far.address } : {}) });
    }
    default:
      return assertNever(mode);
  }
}

/** Explains a watch that saw only states it cannot read, for as long as it was willing to wait. */
export function explainUnknownState(progress: CallProgress, waitedMs: number): ExplainedError {
  return explainCode(
    'call_state_unknown',
    `For ${Math.round(waitedMs / 1000)} s Genesys reported the state "${progress.state ?? 'none'}" for conversation ${progress.conversationId}.`,
  );
}
