import type { ArgsOf, SoftdialApi, ValueOf } from '../../../electron/ipc/contract.js';
import type { SettingName } from '../../../electron/ipc/schemas.js';

/** The settings in force, where each came from and which are locked. */
export type SettingsView = ValueOf<'getSettings'>;
/** The doctor's checks, as "Test connection" shows them. */
export type ConnectionReport = ValueOf<'testConnection'>;
/** A queue the agent may call from. */
export type QueueChoice = ValueOf<'listQueues'>[number];
/** A change to the settings (null clears the agent's own value). */
export type SettingsPatch = ArgsOf<'updateSettings'>[0];

/**
 * The settings as the window shows them: loaded from the core, kept current by its push, saved as a
 * patch of the changed fields. The core checks every value again and names the fix when one is wrong.
 */
export class SettingsState {
  view = $state.raw<SettingsView | null>(null);

  constructor(private readonly api: SoftdialApi) {
    api.on('settingsChanged', (view) => (this.view = view));
  }

  async load(): Promise<void> {
    const result = await this.api.getSettings();
    if (result.ok) this.view = result.value;
  }

  /** Why a field cannot be changed here, or undefined when it can. */
  lockedReason(name: SettingName): string | undefined {
    if (!this.view?.locked.includes(name)) return undefined;
    return this.view.sources[name] === 'policy'
      ? "Locked by your administrator's policy"
      : 'Set by an environment variable on this computer';
  }

  /** Saves a patch; answers the core's explanation when it refuses one. */
  async save(patch: SettingsPatch): Promise<{ ok: true } | { ok: false; message: string }> {
    if (Object.keys(patch).length === 0) return { ok: true };
    const result = await this.api.updateSettings(patch);
    if (!result.ok) return { ok: false, message: result.error.detail };
    this.view = result.value;
    return { ok: true };
  }

  /** Keeps a client secret in the keychain (never read back); says where it went. */
  async storeSecret(secret: string): Promise<{ ok: true; where: string } | { ok: false; message: string }> {
    const result = await this.api.storeClientSecret(secret);
    if (!result.ok) return { ok: false, message: result.error.detail };
    return {
      ok: true,
      where:
        result.value.storedIn === 'keychain'
          ? 'Saved in the system keychain'
          : 'Kept in memory only until softdial closes (no keychain here)',
    };
  }

  /** Runs the doctor's checks; answers the report or why it could not run. */
  async testConnection(): Promise<{ ok: true; report: ConnectionReport } | { ok: false; message: string }> {
    const result = await this.api.testConnection();
    return result.ok ? { ok: true, report: result.value } : { ok: false, message: result.error.detail };
  }

  /** Writes the diagnostics bundle (secrets are never in it); answers where it went. */
  async saveDiagnostics(): Promise<{ ok: true; file: string } | { ok: false; message: string }> {
    const result = await this.api.saveDiagnostics();
    return result.ok ? { ok: true, file: result.value.file } : { ok: false, message: result.error.detail };
  }

  /** The queues the agent may call from, or why Genesys would not list them (its title and fix, in words). */
  async listQueues(): Promise<{ ok: true; queues: QueueChoice[] } | { ok: false; message: string }> {
    const result = await this.api.listQueues();
    if (result.ok) return { ok: true, queues: result.value };
    return { ok: false, message: [`${result.error.title}.`, ...result.error.fix].join(' ') };
  }
}
