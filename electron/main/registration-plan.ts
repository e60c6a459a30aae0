import type { LinkHandlerState } from '../ipc/desktop-state.js';
import type { DesktopPlatform } from './desktop-identity.js';

/** What to do about link handling now: nothing, ask the agent, take or give back the schemes, or open Default apps. */
export type LinkStep = 'none' | 'ask' | 'register' | 'unregister' | 'offer-default-apps';

/** The facts the link decision depends on. */
export interface LinkFacts {
  platform: DesktopPlatform;
  /** An installed build, not the bare Electron binary under `npm start` (`process.defaultApp`). */
  packaged: boolean;
  /** The agent's answer (the `handleLinks` setting); undefined: not asked yet. */
  consent: boolean | undefined;
  /** Whether softdial is the default handler of tel: now; undefined: the OS cannot tell (Windows without a readable choice). */
  isDefault: boolean | undefined;
  /** At start-up, or because the agent just changed the setting. */
  trigger: 'start' | 'change';
}

/** The decision and what the window says about it. */
export interface LinkPlan {
  step: LinkStep;
  state: LinkHandlerState;
  message?: string;
}

const ANOTHER_APP = 'Another app opens tel: links now.';

/**
 * Decides link registration: only an installed build registers (under `npm start` it would register the bare
 * Electron binary and take tel: from the agent's own app on every start), only with the agent's consent, and
 * only when that consent is given, never again behind their back at a later start. On Windows the installer
 * registers softdial with Default apps and only the agent can choose it there, so softdial offers that page.
 */
export function linkPlan(facts: LinkFacts): LinkPlan {
  if (!facts.packaged)
    return {
      step: 'none',
      state: 'development',
      message:
        'Only the installed app registers for tel:, callto: and sip: links; this development run leaves them alone.',
    };
  if (facts.consent === undefined) return { step: facts.trigger === 'start' ? 'ask' : 'none', state: 'not-asked' };
  if (!facts.consent) return declinedPlan(facts);
  if (facts.isDefault) return { step: 'none', state: 'default' };
  if (facts.platform === 'win32') return windowsPlan(facts);
  if (facts.trigger === 'change') return { step: 'register', state: 'default' };
  return {
    step: 'none',
    state: 'not-default',
    message: `${ANOTHER_APP} To use softdial, turn "Open tel: links with softdial" off and on again in Settings.`,
  };
}

/**
 * After a "no": give the links back where softdial can (macOS; Linux by editing mimeapps.list, since Electron
 * cannot unregister there). Windows keeps the agent's own Default apps choice, which no app may change.
 */
function declinedPlan(facts: LinkFacts): LinkPlan {
  if (!facts.isDefault) return { step: 'none', state: 'declined' };
  if (facts.platform === 'win32')
    return {
      step: 'none',
      state: 'declined',
      message:
        'Windows still opens tel: links with softdial: choose another app for TEL in Settings → Apps → Default apps.',
    };
  return { step: 'unregister', state: 'declined' };
}

/**
 * On Windows only the agent can choose softdial, in Default apps: the page is offered once, when they turn
 * link handling on (a first run's yes included), never at a later start; when Windows' choice cannot be read
 * (no choice stored, `reg.exe` blocked by policy), softdial does not ask at all.
 */
function windowsPlan(facts: LinkFacts): LinkPlan {
  if (facts.isDefault === undefined)
    return {
      step: 'none',
      state: 'not-default',
      message:
        'softdial cannot tell which app opens tel: links here; if it is not softdial, choose softdial for TEL in Settings → Apps → Default apps.',
    };
  return {
    step: facts.trigger === 'change' ? 'offer-default-apps' : 'none',
    state: 'not-default',
    message: `${ANOTHER_APP} Choose softdial for TEL in Windows Settings → Apps → Default apps.`,
  };
}

/** What to do about starting at login now. */
export type LoginItemStep = 'none' | 'set-login-item' | 'write-autostart' | 'remove-autostart';

/** The start-at-login decision and what the window says about it. */
export interface LoginItemPlan {
  step: LoginItemStep;
  applied: boolean;
  message?: string;
}

/**
 * Decides start at login: macOS and Windows have login items; Linux has none in Electron, so softdial
 * writes (or removes) an XDG autostart entry. A development run never registers the bare Electron binary.
 */
export function loginItemPlan(facts: {
  platform: DesktopPlatform;
  packaged: boolean;
  wanted: boolean;
  /** Whether the OS starts softdial at login now (login item, or the autostart file exists). */
  current: boolean;
}): LoginItemPlan {
  if (!facts.packaged)
    return facts.wanted
      ? { step: 'none', applied: false, message: 'Start at login applies to the installed app only.' }
      : { step: 'none', applied: false };
  if (facts.wanted === facts.current) return { step: 'none', applied: facts.wanted };
  switch (facts.platform) {
    case 'linux':
      return { step: facts.wanted ? 'write-autostart' : 'remove-autostart', applied: facts.wanted };
    case 'darwin':
    case 'win32':
      return { step: 'set-login-item', applied: facts.wanted };
  }
}
