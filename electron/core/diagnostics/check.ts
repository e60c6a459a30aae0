import type { Endpoint } from '../agent/agent-identity.js';

/** One readiness check: its name, whether it passed, what was found, and how to fix it. */
export interface Check {
  name: string;
  ok: boolean;
  detail: string;
  fix?: string[];
  /** A failed check that does not stop dialling (e.g. memory-only secrets). */
  warning?: boolean;
  /** The Genesys request this check makes and the permissions that endpoint lists (none: any token may). */
  endpoint?: Endpoint;
}
