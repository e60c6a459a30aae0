import type { Handlers } from '../../ipc/dispatch.js';
import type { PushSink } from '../../ipc/push-queue.js';
import type { DialSource } from '../dialing/dialer.js';
import { explainCode } from '../explain/catalog.js';
import type { SoftdialCore } from '../softdial-core.js';
import type { ResolvedSettings } from '../settings/settings-store.js';
import { InvalidInputError } from '../validation.js';
import { createContactHandlers } from './contact-handlers.js';
import { contactPushes } from './contact-pushes.js';

/** The settings as the renderer sees them. */
function settingsView(settings: ResolvedSettings) {
  return { values: { ...settings.values }, sources: { ...settings.sources }, locked: [...settings.locked] };
}

/**
 * The core's implementation of the contract, shared by Electron IPC and the WebSocket: each method calls
 * the core and answers with data; a placed call is followed and its progress pushed.
 */
export function createHandlers(core: SoftdialCore, pushes: PushSink, onReady: () => void = () => undefined): Handlers {
  core.contacts.attach(pushes, contactPushes(pushes));
  const follow = (conversationId: string): void => {
    void core.watchCall(conversationId, (progress) => pushes.emit('callProgress', progress));
  };
  return {
    status: async () => ({ ok: true, value: core.status() }),
    parse: async (text) => ({ ok: true, value: core.parse(text) }),
    dial: async (intent) => {
      const outcome = await core.dial({
        source: intent.source as DialSource,
        ...(intent.text !== undefined ? { text: intent.text } : {}),
        ...(intent.contactId !== undefined ? { contactId: intent.contactId } : {}),
        ...(intent.confirmed !== undefined ? { confirmed: intent.confirmed } : {}),
        onWait: (seconds, reason) => pushes.emit('dialWaiting', { seconds, reason }),
      });
      if (!outcome.ok) return outcome;
      if (outcome.conversationId && !outcome.shared) follow(outcome.conversationId);
      return { ok: true, value: outcome };
    },
    hangUp: async (conversationId) => {
      const result = await core.hangUp(conversationId);
      return result.ok ? { ok: true, value: result.progress } : result;
    },
    signIn: async () => {
      const result = await core.signIn();
      pushes.emit('status', core.status());
      return result.ok ? { ok: true, value: null } : result;
    },
    signOut: async () => {
      const result = await core.signOut();
      pushes.emit('status', core.status());
      return { ok: true, value: { revoked: result.revoked } };
    },
    storeClientSecret: async (secret) => {
      const clientId = core.settings.values.clientId;
      if (!clientId)
        return { ok: false, error: explainCode('not_configured', 'Set the OAuth client id before its secret.') };
      const storedIn = await core.storeClientSecret(clientId, secret);
      pushes.emit('status', core.status());
      return { ok: true, value: { storedIn } };
    },
    getSettings: async () => ({ ok: true, value: settingsView(core.settings) }),
    updateSettings: async (patch) => {
      try {
        const view = settingsView(await core.updateSettings(patch));
        pushes.emit('settingsChanged', view);
        pushes.emit('status', core.status());
        return { ok: true, value: view };
      } catch (error) {
        if (error instanceof InvalidInputError)
          return { ok: false, error: explainCode('invalid_input', error.problems.join('; ')) };
        throw error;
      }
    },
    ready: async () => {
      onReady();
      return { ok: true, value: null };
    },
    ...createContactHandlers(core.contacts),
  };
}
