import type { Handlers } from '../../ipc/dispatch.js';
import type { PushSink } from '../../ipc/push-queue.js';
import { ok } from '../../shared/outcome.js';
import { fireAndForget } from '../../shared/unexpected-errors.js';
import { saveDiagnostics } from '../diagnostics/bundle.js';
import type { SoftdialCore } from '../softdial-core.js';
import type { ResolvedSettings } from '../settings/settings-store.js';

/** The settings as the renderer sees them. */
function settingsView(settings: ResolvedSettings) {
  return { values: { ...settings.values }, sources: { ...settings.sources }, locked: [...settings.locked] };
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
  const follow = (conversationId: string): void => {
    const watching = core.watchCall(
      conversationId,
      (progress) => {
        pushes.emit('callProgress', progress);
      },
      gone,
    );
    fireAndForget(watching, 'following a call');
  };
  return {
    status: async () => ok(core.status()),
    parse: async (text) => ok(core.parse(text)),
    dial: async (intent) => {
      const outcome = await core.dial({
        source: intent.source,
        ...(intent.text !== undefined ? { text: intent.text } : {}),
        ...(intent.contactId !== undefined ? { contactId: intent.contactId } : {}),
        ...(intent.confirmed !== undefined ? { confirmed: intent.confirmed } : {}),
        onWait: (seconds, reason) => pushes.emit('dialWaiting', { seconds, reason }),
      });
      if (outcome.ok && outcome.value.conversationId && !outcome.value.shared) follow(outcome.value.conversationId);
      return outcome;
    },
    hangUp: (conversationId) => core.hangUp(conversationId),
    signIn: async () => {
      const result = await core.signIn();
      pushes.emit('status', core.status());
      return result;
    },
    signOut: async () => {
      const result = await core.signOut();
      pushes.emit('status', core.status());
      return ok(result);
    },
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
    ready: async () => {
      onReady();
      return ok(null);
    },
  };
}
