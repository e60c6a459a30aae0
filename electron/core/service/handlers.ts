import type { Handlers } from '../../ipc/dispatch.js';
import type { PushSink } from '../../ipc/push-queue.js';
import { invalidInput } from '../../shared/boundary-errors.js';
import { fail, ok } from '../../shared/outcome.js';
import { fireAndForget, onUnexpectedError } from '../../shared/unexpected-errors.js';
import { saveDiagnostics } from '../diagnostics/bundle.js';
import { runDoctor } from '../diagnostics/doctor.js';
import type { SoftdialCore } from '../softdial-core.js';
import type { ResolvedSettings } from '../settings/settings-store.js';
import { createContactHandlers } from './contact-handlers.js';
import { dialHandlers } from './dial-handlers.js';
import { contactPushes } from './contact-pushes.js';
import { adoptSettingsFavourites } from './settings-favourites.js';
import { switchLanguage } from '../../shared/i18n/language.js';

/** The settings as the renderer sees them. */
function settingsView(settings: ResolvedSettings) {
  return { values: { ...settings.values }, sources: { ...settings.sources }, locked: [...settings.locked] };
}

/** Before the sign-in warns, and the moment it ends, the window and tray hear the status again. */
const SIGN_IN_WARNING_MS = 10 * 60_000;
const signInTimers = new WeakMap<SoftdialCore, ReturnType<typeof setTimeout>[]>();

/**
 * Pushes the status when a sign-in that cannot be renewed comes within ten minutes of its end and when
 * it ends, so the window and tray can say "Your Genesys sign-in ends at 17:30" and offer sign-in.
 */
function announceSignInEnd(core: SoftdialCore, pushes: PushSink): void {
  for (const timer of signInTimers.get(core) ?? []) clearTimeout(timer);
  const endsAt = core.status().token.signInEndsAt;
  if (endsAt === undefined) return;
  const timers = [endsAt - SIGN_IN_WARNING_MS, endsAt + 1_000].map((at) => {
    const timer = setTimeout(
      () => pushes.emit('status', core.status()),
      Math.max(0, Math.min(at - Date.now(), 2 ** 31 - 1)),
    );
    timer.unref();
    return timer;
  });
  signInTimers.set(core, timers);
}

const adopted = new WeakSet<SoftdialCore>();

/**
 * Turns older settings' tray quick dials into favourites once per start. An entry whose number cannot be
 * read stays in the settings file untouched; a contacts file that cannot be written is reported.
 */
function adoptOnce(core: SoftdialCore): void {
  if (adopted.has(core)) return;
  adopted.add(core);
  const adopting = adoptSettingsFavourites(core).then((result) => {
    if (!result.ok)
      onUnexpectedError(new Error(`${result.error.title}. ${result.error.detail}`), 'adopting quick dials');
  });
  fireAndForget(adopting, 'adopting quick dials');
}

/**
 * The core's implementation of the contract, shared by Electron IPC and the WebSocket: each method calls
 * the core and answers with data; a placed call is followed and its progress pushed until `gone` aborts
 * (its client left for good).
 */
export function createHandlers(
  core: SoftdialCore,
  pushes: PushSink,
  onReady: () => void = () => undefined,
  gone?: AbortSignal,
): Handlers {
  core.contacts.attach(pushes, contactPushes(pushes));
  core.contacts.start();
  const live = core.onLiveUpdates(() => pushes.emit('status', core.status()));
  gone?.addEventListener('abort', () => live.stop(), { once: true });
  adoptOnce(core);
  return {
    status: async () => ok(core.status()),
    parse: async (text) => ok(core.parse(text)),
    ...dialHandlers(core, pushes, gone),
    signIn: async () => {
      const result = await core.signIn();
      pushes.emit('status', core.status());
      if (result.ok) announceSignInEnd(core, pushes);
      return result;
    },
    signOut: async () => {
      const result = await core.signOut();
      pushes.emit('status', core.status());
      return ok(result);
    },
    agentIdentity: () => core.identity(),
    storeClientSecret: async (secret) => {
      const stored = await core.storeClientSecret(secret);
      if (!stored.ok) return stored;
      pushes.emit('status', core.status());
      return ok({ storedIn: stored.value });
    },
    getSettings: async () => ok(settingsView(core.settings)),
    updateSettings: async (patch) => {
      const updated = await core.updateSettings(patch);
      if (!updated.ok) return updated;
      const view = settingsView(updated.value);
      pushes.emit('settingsChanged', view);
      pushes.emit('status', core.status());
      return ok(view);
    },
    saveDiagnostics: async () => ok({ file: await saveDiagnostics(core) }),
    testConnection: async () => ok(await runDoctor(core)),
    listQueues: () => core.queues(),
    reportWindowError: async (report) => {
      core.log.write('error', 'window', `unexpected ${report.name} in the window while ${report.where}`, {
        error: [`${report.name}: ${report.message}`, ...(report.stack ?? '').split('\n').slice(1)],
      });
      return ok(null);
    },
    // The browser's window is the browser's: only the desktop app (electron/main) places its window.
    setWindowMode: async () => ok(null),
    // Only the desktop app has an app to quit; the browser's window hides the item (its settings carry no desktop).
    quit: async () => fail(invalidInput('softdial web has no app to quit: close the browser tab instead.')),
    setLanguage: async (language) => {
      await switchLanguage(language);
      return ok(null);
    },
    ready: async () => {
      onReady();
      return ok(null);
    },
    ...createContactHandlers(core.contacts),
  };
}
