import { randomBytes, randomUUID } from 'node:crypto';
import type { EmulatedClient, EmulatedOrg, EmulatedUser } from './org-model.js';

/** An access token the emulator issued: a user's (agent sign-in) or a client's (client credentials). */
export interface IssuedToken {
  kind: 'user' | 'client';
  clientId: string;
  userId?: string;
  expiresAt: number;
  /** When it was last used, for the idle timeout. */
  lastUsedAt: number;
}

/** Every participant state of the real CallMediaParticipant enum (genesys-cloud-api.md). */
export const PARTICIPANT_STATES = [
  'alerting',
  'dialing',
  'contacting',
  'offering',
  'connected',
  'disconnected',
  'terminated',
  'converting',
  'uploading',
  'transmitting',
  'parked',
  'none',
] as const;

/** A state forced on the customer participant by a test or demo (fault injection); any word, for "anything new". */
export interface ForcedState {
  state: string;
  disconnectType?: string;
  errorInfo?: { code: string; message: string };
}

/** A call the emulator placed; its progress is derived from the time since it was created, unless forced. */
export interface EmulatedCall {
  id: string;
  userId: string;
  phoneNumber: string;
  callerId?: string;
  /** Placed from a queue (callFromQueueId): the caller joins as purpose "agent", not "user". */
  queueId?: string;
  /** A colleague called by extension: the far end is purpose "user", not "external". */
  calleeUserId?: string;
  /** DTMF sent during the call, in order. */
  digits?: string;
  createdAt: number;
  /** Who ended it and when: the agent through the API, or (by time) the customer. */
  ended?: { at: number; by: 'agent' };
  forced?: ForcedState;
}

/** How the emulated org behaves over time. */
export interface EmulatorTiming {
  tokenLifetimeSeconds: number;
  /** Org idle timeout: a token unused this long stops working (undefined: none). */
  idleTimeoutSeconds?: number;
  /** Issue refresh tokens to the agent sign-in client, as Genesys does only for a confidential client. */
  issueRefreshTokens: boolean;
  /** Time from placing a call to the customer answering. */
  connectAfterMs: number;
  /** Time from placing a call to the customer hanging up (when the agent does not). */
  disconnectAfterMs: number;
  now: () => number;
}

const token = (): string => randomBytes(24).toString('base64url');

/** Everything the emulator remembers: the org, issued tokens and codes, and the calls it placed. */
export class EmulatorState {
  readonly tokens = new Map<string, IssuedToken>();
  readonly refreshTokens = new Map<string, { clientId: string; userId: string }>();
  readonly codes = new Map<
    string,
    { clientId: string; redirectUri: string; challenge: string; userId: string; expiresAt: number }
  >();
  readonly calls = new Map<string, EmulatedCall>();
  /** Told when a call changes by an action rather than by time (placed, hung up, forced). */
  readonly callChanged = new Set<(call: EmulatedCall) => void>();

  constructor(
    public org: EmulatedOrg,
    readonly timing: EmulatorTiming,
  ) {}

  user(id: string): EmulatedUser | undefined {
    return this.org.users.find((user) => user.id === id);
  }

  client(id: string): EmulatedClient | undefined {
    return this.org.clients.find((client) => client.id === id);
  }

  /** Issues an access token (and, for users, a refresh token) as /oauth/token answers it. */
  issue(kind: IssuedToken['kind'], clientId: string, userId?: string): Record<string, unknown> {
    const accessToken = token();
    const lifetime = this.timing.tokenLifetimeSeconds;
    const now = this.timing.now();
    this.tokens.set(accessToken, {
      kind,
      clientId,
      expiresAt: now + lifetime * 1000,
      lastUsedAt: now,
      ...(userId ? { userId } : {}),
    });
    const answer: Record<string, unknown> = { access_token: accessToken, token_type: 'bearer', expires_in: lifetime };
    if (kind === 'user' && userId && this.timing.issueRefreshTokens) {
      const refresh = token();
      this.refreshTokens.set(refresh, { clientId, userId });
      answer['refresh_token'] = refresh;
    }
    return answer;
  }

  /** An authorization code for the PKCE flow. */
  issueCode(grant: { clientId: string; redirectUri: string; challenge: string; userId: string }): string {
    const code = token();
    this.codes.set(code, { ...grant, expiresAt: this.timing.now() + 60_000 });
    return code;
  }

  /** When a token idles out (undefined without an org idle timeout). */
  idlesAt(issued: IssuedToken): number | undefined {
    const idle = this.timing.idleTimeoutSeconds;
    return idle === undefined ? undefined : issued.lastUsedAt + idle * 1000;
  }

  /** The live token behind an Authorization header, or why it is not accepted; using it resets its idle timer unless told not to. */
  authenticate(
    header: string | undefined,
    options: { preserveIdle?: boolean } = {},
  ): { token: IssuedToken; value: string } | 'missing' | 'invalid' {
    const match = /^Bearer\s+(\S+)$/i.exec(header ?? '');
    if (!match?.[1]) return 'missing';
    const issued = this.tokens.get(match[1]);
    const now = this.timing.now();
    if (!issued || issued.expiresAt <= now || (this.idlesAt(issued) ?? Infinity) <= now) return 'invalid';
    if (!options.preserveIdle) issued.lastUsedAt = now;
    return { token: issued, value: match[1] };
  }

  /** The permissions a token carries: its user's, or its OAuth client's. */
  permissionsOf(issued: IssuedToken): readonly string[] {
    return issued.kind === 'user'
      ? (this.user(issued.userId ?? '')?.permissions ?? [])
      : (this.client(issued.clientId)?.permissions ?? []);
  }

  placeCall(
    userId: string,
    phoneNumber: string,
    options: { callerId?: string; queueId?: string; calleeUserId?: string } = {},
  ): EmulatedCall {
    const call: EmulatedCall = { id: randomUUID(), userId, phoneNumber, createdAt: this.timing.now(), ...options };
    this.calls.set(call.id, call);
    this.changed(call);
    return call;
  }

  /** The customer participant's state now: dialing, contacting, connected, then disconnected (or as forced). */
  customerState(call: EmulatedCall): string {
    if (call.forced) return call.forced.state;
    const now = this.timing.now();
    if (call.ended && call.ended.at <= now) return 'disconnected';
    const elapsed = now - call.createdAt;
    if (elapsed >= this.timing.disconnectAfterMs) return 'disconnected';
    if (elapsed >= this.timing.connectAfterMs) return 'connected';
    return elapsed < this.timing.connectAfterMs * 0.3 ? 'dialing' : 'contacting';
  }

  /** Ends a call from the agent's side (the API hang-up). */
  hangUp(call: EmulatedCall): void {
    call.forced = undefined;
    call.ended ??= { at: this.timing.now(), by: 'agent' };
    this.changed(call);
  }

  /** Forces the customer participant into a state (fault injection: every state of the enum, or a new one). */
  force(call: EmulatedCall, forced: ForcedState): void {
    call.forced = forced;
    this.changed(call);
  }

  private changed(call: EmulatedCall): void {
    for (const listener of this.callChanged) listener(call);
  }

  /** A call as the whole-call PATCH answers it: a Conversation, whose participants carry their state in calls[]. */
  conversationModel(call: EmulatedCall): Record<string, unknown> {
    const view = this.conversation(call) as { id: string; participants: Record<string, unknown>[] };
    return {
      id: view.id,
      startTime: new Date(call.createdAt).toISOString(),
      participants: view.participants.map((participant) => ({
        id: participant['id'],
        purpose: participant['purpose'],
        ...(participant['user'] ? { userId: (participant['user'] as { id: string }).id } : {}),
        address: participant['address'],
        calls: [
          {
            state: participant['state'],
            direction: participant['direction'],
            ...(participant['disconnectType'] ? { disconnectType: participant['disconnectType'] } : {}),
          },
        ],
      })),
      selfUri: `/api/v2/conversations/${call.id}`,
    };
  }

  /** The users whose call topic carries this call: the caller, and a colleague called by extension. */
  topicUsersOf(call: EmulatedCall): string[] {
    return call.calleeUserId ? [call.userId, call.calleeUserId] : [call.userId];
  }

  /**
   * A call as GET /api/v2/conversations/calls/{id} and the notification topic show it: participants like
   * the real CallMediaParticipant (purpose "user" with user{id} for the agent, "agent" when placed from a
   * queue; "external" for the number dialled, "user" for a colleague called by extension; a far end that
   * hangs up disconnects with "endpoint", an API hang-up with "client"/"peer").
   */
  conversation(call: EmulatedCall): Record<string, unknown> {
    const customer = this.customerState(call);
    const over = customer === 'disconnected' || customer === 'terminated';
    const byAgent = call.ended !== undefined && !call.forced;
    const user = this.user(call.userId);
    const iso = (at: number): string => new Date(at).toISOString();
    const endTime = over ? iso(call.ended?.at ?? call.createdAt + this.timing.disconnectAfterMs) : undefined;
    const connectedAt = call.createdAt + this.timing.connectAfterMs;
    const callee = call.calleeUserId ? this.user(call.calleeUserId) : undefined;
    return {
      id: call.id,
      participants: [
        {
          id: `${call.id}-agent`,
          purpose: call.queueId ? 'agent' : 'user',
          ...(call.queueId ? { queue: { id: call.queueId, selfUri: `/api/v2/routing/queues/${call.queueId}` } } : {}),
          user: { id: call.userId, selfUri: `/api/v2/users/${call.userId}` },
          name: user?.name,
          state: over ? 'disconnected' : 'connected',
          direction: 'outbound',
          address: user?.station?.name,
          connectedTime: iso(call.createdAt),
          ...(over ? { endTime, disconnectType: byAgent ? 'client' : 'peer' } : {}),
        },
        {
          id: `${call.id}-customer`,
          ...(callee
            ? {
                purpose: 'user',
                user: { id: callee.id, selfUri: `/api/v2/users/${callee.id}` },
                name: callee.name,
                direction: 'inbound',
              }
            : { purpose: 'external', direction: 'outbound' }),
          address: `tel:${call.phoneNumber}`,
          state: customer,
          ...(this.timing.now() >= connectedAt && customer !== 'dialing' ? { connectedTime: iso(connectedAt) } : {}),
          ...(over ? { endTime, disconnectType: call.forced?.disconnectType ?? (byAgent ? 'peer' : 'endpoint') } : {}),
          ...(call.forced?.errorInfo ? { errorInfo: call.forced.errorInfo } : {}),
        },
      ],
      selfUri: `/api/v2/conversations/calls/${call.id}`,
    };
  }
}
