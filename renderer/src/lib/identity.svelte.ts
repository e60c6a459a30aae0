import { fireAndForget } from '../../../electron/shared/unexpected-errors.js';
import type { SoftdialApi, ValueOf } from '../../../electron/ipc/contract.js';

/** Who calls are placed as and where they ring. */
export type Identity = ValueOf<'agentIdentity'>;
type Status = ValueOf<'status'>;

/** Who is connected: a change of any of these may change the name or the phone. */
const connectionKey = (status: Status): string =>
  JSON.stringify([status.sandbox, status.mode, status.region, status.onBehalfOfUserId, status.token.hasToken]);

/**
 * The identity bar's name and "Rings on", asked of Genesys again whenever who is connected changes or a
 * dial says the phone is missing, never before an agent signs in (that would only be refused).
 */
export class AgentIdentityState {
  current = $state<Identity | undefined>(undefined);
  private key = '';

  constructor(private readonly api: Pick<SoftdialApi, 'agentIdentity'>) {}

  /** Follows the status pushes: asks again only when the connection or the sign-in changed. */
  follow(status: Status): void {
    const key = connectionKey(status);
    if (key === this.key) return;
    this.key = key;
    this.current = undefined;
    if (status.mode === 'agent' && !status.sandbox && !status.token.hasToken) return;
    this.ask(key);
  }

  /** Asks again now (a dial refused for want of a phone: the agent may have picked one since). */
  refresh(): void {
    if (this.key !== '') this.ask(this.key);
  }

  private ask(key: string): void {
    const asking = this.api.agentIdentity().then((result) => {
      if (this.key === key) this.current = result.ok ? result.value : undefined;
    });
    fireAndForget(asking, 'reading who calls are placed as');
  }
}
