import { randomBytes, randomUUID } from 'node:crypto';
import type { EmulatedClient, EmulatedOrg, EmulatedUser } from './org-model.js';

/** An access token the emulator issued: a user's (agent sign-in) or a client's (client credentials). */
export interface IssuedToken {
  kind: 'user' | 'client';
  clientId: string;
  userId?: string;
  expiresAt: number;
}

/** A call the emulator placed; its progress is derived from the time since it was created. */
export interface EmulatedCall {
  id: string;
  userId: string;
  phoneNumber: string;
  callerId?: string;
  createdAt: number;
  hungUpAt?: number;
}

/** How the emulated org behaves over time. */
export interface EmulatorTiming {
  tokenLifetimeSeconds: number;
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
    this.tokens.set(accessToken, {
      kind,
      clientId,
      expiresAt: this.timing.now() + lifetime * 1000,
      ...(userId ? { userId } : {}),
    });
    const answer: Record<string, unknown> = { access_token: accessToken, token_type: 'bearer', expires_in: lifetime };
    if (kind === 'user' && userId) {
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

  /** The live token behind an Authorization header, or why it is not accepted. */
  authenticate(header: string | undefined): { token: IssuedToken; value: string } | 'missing' | 'invalid' {
    const match = /^Bearer\s+(\S+)$/i.exec(header ?? '');
    if (!match?.[1]) return 'missing';
    const issued = this.tokens.get(match[1]);
    if (!issued || issued.expiresAt <= this.timing.now()) return 'invalid';
    return { token: issued, value: match[1] };
  }

  placeCall(userId: string, phoneNumber: string, callerId?: string): EmulatedCall {
    const call: EmulatedCall = {
      id: randomUUID(),
      userId,
      phoneNumber,
      createdAt: this.timing.now(),
      ...(callerId ? { callerId } : {}),
    };
    this.calls.set(call.id, call);
    return call;
  }

  /** The customer participant's state now: dialing, contacting, connected, then disconnected. */
  customerState(call: EmulatedCall): string {
    const now = this.timing.now();
    if (call.hungUpAt !== undefined && call.hungUpAt <= now) return 'disconnected';
    const elapsed = now - call.createdAt;
    if (elapsed >= this.timing.disconnectAfterMs) return 'disconnected';
    if (elapsed >= this.timing.connectAfterMs) return 'connected';
    return elapsed < this.timing.connectAfterMs * 0.3 ? 'dialing' : 'contacting';
  }

  /** A call as GET /api/v2/conversations/calls/{id} shows it. */
  conversation(call: EmulatedCall): Record<string, unknown> {
    const customer = this.customerState(call);
    const agentState = customer === 'disconnected' ? 'disconnected' : 'connected';
    const user = this.user(call.userId);
    return {
      id: call.id,
      participants: [
        {
          id: `${call.id}-agent`,
          purpose: 'agent',
          userId: call.userId,
          name: user?.name,
          state: agentState,
          address: user?.station?.name,
        },
        {
          id: `${call.id}-customer`,
          purpose: 'customer',
          address: `tel:${call.phoneNumber}`,
          state: customer,
          ...(customer === 'disconnected' ? { disconnectType: call.hungUpAt !== undefined ? 'peer' : 'client' } : {}),
        },
      ],
      selfUri: `/api/v2/conversations/calls/${call.id}`,
    };
  }
}
