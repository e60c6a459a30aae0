import type { Clock } from '../../shared/clock.js';
import type { GenesysApi } from '../genesys/api.js';
import type { Outcome } from '../../shared/outcome.js';
import type { TopicChannel } from './live-presence.js';

/** The settings the contacts sources follow. */
export interface ContactSettings {
  /** Above this many users softdial stops syncing the directory and searches it as the agent types. */
  directoryMaxUsers: number;
  /** Hours between directory refreshes (at least a day); a random part is added per machine. */
  directoryRefreshHours: number;
  /** Whether external contacts are read in full (scan) rather than only searched. */
  externalContactsScan: boolean;
}

/** What every contacts source needs from the core: where to keep files, how to reach Genesys, the time. */
export interface SourceContext {
  folder: string;
  api(): Outcome<GenesysApi>;
  /** The notification channel of the current connection, for live presence (fails: presence is polled). */
  channel(): Outcome<TopicChannel>;
  /** Between two presence polls, where presence cannot be live (default 30 s; tests shorten it). */
  presencePollMs?: number;
  defaultCountry(): string | undefined;
  settings(): ContactSettings;
  clock: Clock;
  /** A number in [0, 1) for jitter; injected so tests and the fleet simulation can fix it. */
  random(): number;
}
