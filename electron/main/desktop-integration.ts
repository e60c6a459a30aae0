import { homedir } from 'node:os';
import { app, dialog, shell } from 'electron';
import type { IntegrationState } from '../ipc/desktop-state.js';
import { autostartCommand, autostartEntry, autostartPath } from './autostart-entry.js';
import { hasAutostart, removeAutostart, writeDesktopFile } from './autostart.js';
import { DESKTOP_NAME, HIDDEN_ARG } from './desktop-identity.js';
import type { DesktopPlatform } from './desktop-identity.js';
import { setupHotkeys } from './hotkey.js';
import { chosenForTel } from './windows-default.js';
import { LINK_SCHEMES } from './links.js';
import { mimeappsPath, unregisterLinuxSchemes } from './linux-links.js';
import { linkPlan, loginItemPlan } from './registration-plan.js';
import type { LinkPlan } from './registration-plan.js';

/** The settings the desktop integration follows. */
export interface DesktopSettings {
  hotkey: string;
  focusHotkey: string;
  startAtLogin: boolean;
  handleLinks?: boolean | undefined;
}

/** What the integration needs from the app around it. */
export interface DesktopIntegrationDeps {
  platform: DesktopPlatform;
  packaged: boolean;
  wayland: boolean;
  env: NodeJS.ProcessEnv;
  /** Called on a press of the hotkey that calls the copied number. */
  onHotkey(): void;
  /** Called on a press of the hotkey that brings the window forward. */
  onFocusHotkey(): void;
  /** Saves the agent's answer to "open links with softdial?" (through the settings, like any other change). */
  saveLinkConsent(consent: boolean): Promise<void>;
  /** Windows: whether the agent chose softdial for tel: in Default apps (undefined: cannot tell); reads the registry unless given. */
  chosenForTel?: () => Promise<boolean | undefined>;
}

/** Asks a yes/no question in a native box; closing it counts as the second button. */
async function agrees(message: string, detail: string, buttons: [string, string]): Promise<boolean> {
  const answer = await dialog.showMessageBox({ type: 'question', message, detail, buttons, defaultId: 0, cancelId: 1 });
  return answer.response === 0;
}

const reason = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/**
 * Applies the desktop settings to the OS (global hotkey, start at login, tel:/callto:/sip: handling) and keeps
 * what happened as the state the window shows. Every OS call that can fail is reported there, not swallowed.
 */
export class DesktopIntegration {
  state: IntegrationState = {
    hotkey: { accelerator: '', state: 'off' },
    focusHotkey: { accelerator: '', state: 'off' },
    links: { state: 'not-asked' },
    startAtLogin: { applied: false },
  };
  private applied?: DesktopSettings;
  /** Applications run one after another: a settings change during the first start waits for it. */
  private queue: Promise<unknown> = Promise.resolve();
  /** The agent's answer to the link question, saved once the application that asked has finished. */
  private answer?: boolean;

  constructor(private readonly deps: DesktopIntegrationDeps) {}

  /** Applies the settings: everything at start, then only what changed. */
  async apply(settings: DesktopSettings): Promise<IntegrationState> {
    const job = this.queue.then(() => this.applyNow(settings));
    this.queue = job.catch(() => undefined);
    await job;
    const answer = this.answer;
    this.answer = undefined;
    // Saved through the settings like any change, which applies it (and registers, on a yes) in turn.
    if (answer !== undefined) await this.deps.saveLinkConsent(answer);
    return this.state;
  }

  private async applyNow(settings: DesktopSettings): Promise<void> {
    const previous = this.applied;
    const trigger = previous ? 'change' : 'start';
    this.applied = { ...settings };
    const changed = (key: keyof DesktopSettings): boolean => !previous || settings[key] !== previous[key];
    if (changed('hotkey') || changed('focusHotkey'))
      Object.assign(
        this.state,
        setupHotkeys(settings, this.deps.wayland, {
          dialCopied: () => this.deps.onHotkey(),
          focus: () => this.deps.onFocusHotkey(),
        }),
      );
    if (changed('startAtLogin')) this.state.startAtLogin = await this.applyLoginItem(settings.startAtLogin);
    if (changed('handleLinks')) this.state.links = await this.applyLinks(settings, trigger);
  }

  private async applyLoginItem(wanted: boolean): Promise<IntegrationState['startAtLogin']> {
    const { platform, packaged } = this.deps;
    const file = autostartPath(this.deps.env, homedir());
    try {
      const current = !packaged
        ? false
        : platform === 'linux'
          ? await hasAutostart(file)
          : app.getLoginItemSettings({ args: [HIDDEN_ARG] }).openAtLogin;
      const plan = loginItemPlan({ platform, packaged, wanted, current });
      switch (plan.step) {
        case 'none':
          break;
        case 'set-login-item':
          app.setLoginItemSettings({ openAtLogin: wanted, args: [HIDDEN_ARG] });
          break;
        case 'write-autostart': {
          const written = await writeDesktopFile(
            file,
            autostartEntry(autostartCommand(process.execPath, this.deps.env)),
          );
          if (!written.ok) return { applied: false, message: written.error };
          break;
        }
        case 'remove-autostart': {
          const removed = await removeAutostart(file);
          if (!removed.ok) return { applied: true, message: removed.error };
          break;
        }
      }
      return { applied: plan.applied, ...(plan.message ? { message: plan.message } : {}) };
    } catch (error) {
      return { applied: false, message: `Start at login could not be changed (${reason(error)}).` };
    }
  }

  /**
   * Whether softdial opens tel: links now. On Windows only the agent's Default apps choice counts (Electron's
   * check reads a key softdial never writes); when it cannot be read, the answer is "cannot tell".
   */
  private async isDefaultHandler(): Promise<boolean | undefined> {
    if (!this.deps.packaged) return false;
    if (this.deps.platform === 'win32') return (this.deps.chosenForTel ?? chosenForTel)();
    return app.isDefaultProtocolClient('tel');
  }

  /** Gives the schemes back: Electron does it on macOS and Windows; on Linux it cannot, so mimeapps.list is edited. */
  private async unregister(): Promise<IntegrationState['links'] | undefined> {
    if (this.deps.platform !== 'linux') {
      for (const scheme of LINK_SCHEMES) app.removeAsDefaultProtocolClient(scheme);
      return undefined;
    }
    const removed = await unregisterLinuxSchemes(mimeappsPath(this.deps.env, homedir()), DESKTOP_NAME, LINK_SCHEMES);
    return removed.ok ? undefined : { state: 'failed', message: removed.error };
  }

  private async applyLinks(settings: DesktopSettings, trigger: 'start' | 'change'): Promise<IntegrationState['links']> {
    try {
      const plan = linkPlan({
        platform: this.deps.platform,
        packaged: this.deps.packaged,
        consent: settings.handleLinks,
        isDefault: await this.isDefaultHandler(),
        trigger,
      });
      return await this.runLinkStep(plan);
    } catch (error) {
      return { state: 'failed', message: `Link handling could not be changed (${reason(error)}).` };
    }
  }

  private async runLinkStep(plan: LinkPlan): Promise<IntegrationState['links']> {
    const said = { state: plan.state, ...(plan.message ? { message: plan.message } : {}) };
    switch (plan.step) {
      case 'none':
        return said;
      case 'ask':
        this.answer = await agrees(
          'Open tel:, callto: and sip: links with softdial?',
          'Links to phone numbers in web pages, e-mails and other apps will open in softdial, which shows the number before it calls. You can change this in Settings.',
          ['Open links with softdial', 'No'],
        );
        return said;
      case 'register': {
        const refused = LINK_SCHEMES.filter((scheme) => !app.setAsDefaultProtocolClient(scheme));
        return refused.length === 0
          ? said
          : { state: 'failed', message: `The system refused to let softdial open ${refused.join(':, ')}: links.` };
      }
      case 'unregister':
        return (await this.unregister()) ?? said;
      case 'offer-default-apps':
        if (
          await agrees(
            'softdial does not open tel: links yet',
            'Windows lets only you choose which app opens phone links: choose softdial for TEL in Settings → Apps → Default apps.',
            ['Open Default apps', 'Not now'],
          )
        )
          await shell.openExternal('ms-settings:defaultapps');
        return said;
    }
  }
}
