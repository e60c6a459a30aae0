import { assertNever } from '../../shared/assert-never.js';
import { extensionFailure } from '../../shared/native-messages.js';
import type { ExtensionReply, ExtensionRequest } from '../../shared/native-messages.js';
import type { PushSink } from '../../ipc/push-queue.js';
import type { SoftdialCore } from '../softdial-core.js';
import { offerExternalDial } from './external-dials.js';

/** The app's state for the extension's popup: running (it answers), signed in, ready, in one sentence. */
function statusReply(core: SoftdialCore): ExtensionReply {
  const status = core.status();
  const configured = status.configurationError === undefined;
  const signedIn = status.token.hasToken || (configured && status.mode === 'client-credentials');
  const ready = configured && (signedIn || status.sandbox);
  const country = status.defaultCountry.country;
  const summary = !configured
    ? 'softdial is running but not set up: open it and finish the settings.'
    : ready
      ? `softdial is ready to dial${status.sandbox ? ' (sandbox: calls go to the built-in emulator)' : ''}.`
      : 'softdial is running: sign in there to dial.';
  return {
    ok: true,
    type: 'status',
    signedIn,
    ready,
    sandbox: status.sandbox,
    ...(country ? { defaultCountry: country } : {}),
    summary,
  };
}

/**
 * How the running app answers the browser extension (through the native host and the app socket). A
 * dial is an external dial like a tel: link: shown in the app with its reading, confirmed there unless
 * the agent chose otherwise, and placed through the same guard as every other entry point. Nothing of
 * the page reaches the app but the text the agent chose to call.
 */
export function setupExtensionRequests(deps: {
  core: SoftdialCore;
  pushes: PushSink;
  /** Whether a window is there to show the dial (`softdial web` may have no page open). */
  windowOpen: () => boolean;
  /** Brings the window forward to show the dial (the Electron app; `softdial web` cannot raise a tab). */
  present?: () => void;
}): (request: ExtensionRequest) => Promise<ExtensionReply> {
  return (request) => {
    switch (request.type) {
      case 'status':
        return Promise.resolve(statusReply(deps.core));
      case 'dial': {
        if (!deps.windowOpen())
          return Promise.resolve(
            extensionFailure('no_window', "softdial's window is not open: open it, then click the number again."),
          );
        deps.present?.();
        const confirmFirst = offerExternalDial(deps.core, deps.pushes, { text: request.text, source: 'extension' });
        return Promise.resolve({
          ok: true,
          type: 'dial',
          confirmFirst,
          summary: confirmFirst ? 'Shown in softdial: confirm the call there.' : 'softdial is placing the call.',
        });
      }
      default:
        return assertNever(request);
    }
  };
}
