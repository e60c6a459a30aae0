import * as v from 'valibot';
import { NATIVE_HOST_NAME } from '../../electron/shared/extension-identity.js';
import { ExtensionReplySchema, extensionFailure } from '../../electron/shared/native-messages.js';
import type { ExtensionReply, ExtensionRequest } from '../../electron/shared/native-messages.js';
import { FOCUSED_NUMBER, InternalRequestSchema } from './messages.js';
import type { InternalRequest } from './messages.js';
import { AgentChoicesSchema, decideSite, parsePolicy } from './policy.js';

/** Asks the app through the native host; a missing host (the app is not installed) is a reply too. */
async function askApp(request: ExtensionRequest): Promise<ExtensionReply> {
  try {
    const answer: unknown = await chrome.runtime.sendNativeMessage(NATIVE_HOST_NAME, request);
    const parsed = v.safeParse(ExtensionReplySchema, answer);
    return parsed.success
      ? parsed.output
      : extensionFailure('app_failed', 'softdial gave an answer that could not be read.');
  } catch {
    return extensionFailure(
      'app_not_running',
      'softdial is not installed for this browser: install the app, then run `softdial extension install-host`.',
    );
  }
}

/** The app's default country, asked once per background life. */
let appCountry: Promise<string | undefined> | undefined;
const countryOfApp = (): Promise<string | undefined> =>
  (appCountry ??= askApp({ type: 'status' }).then((reply) =>
    reply.ok && reply.type === 'status' ? reply.defaultCountry : undefined,
  ));

/** The agent's choices in sync storage, parsed (a damaged value is the default). */
async function agentChoices(): Promise<v.InferOutput<typeof AgentChoicesSchema>> {
  const stored = await chrome.storage.sync.get('offSites');
  const parsed = v.safeParse(AgentChoicesSchema, stored);
  return parsed.success ? parsed.output : { offSites: [] };
}

/** The admin's policy from managed storage (none: an empty policy). */
async function policy(): Promise<ReturnType<typeof parsePolicy>> {
  const stored = await chrome.storage.managed.get(null).catch(() => ({}));
  return parsePolicy(stored);
}

/** Answers one request of the content script or the popup. */
async function handle(request: InternalRequest): Promise<unknown> {
  switch (request.type) {
    case 'site':
      return decideSite(request.host, (await policy()).policy, await agentChoices(), await countryOfApp());
    case 'status':
      return askApp({ type: 'status' });
    case 'dial':
      return askApp({ type: 'dial', text: request.text });
    case 'setSite': {
      const choices = await agentChoices();
      const others = choices.offSites.filter((site) => site !== request.host);
      await chrome.storage.sync.set({ offSites: request.enabled ? others : [...others, request.host] });
      return null;
    }
    default:
      return request satisfies never;
  }
}

// Only the extension's own pages and content scripts reach here (no externally_connectable): a page cannot.
chrome.runtime.onMessage.addListener((message: unknown, sender, reply: (answer: unknown) => void) => {
  if (sender.id !== chrome.runtime.id) return false;
  const parsed = v.safeParse(InternalRequestSchema, message);
  if (!parsed.success) return false;
  handle(parsed.output).then(reply, () => reply(null));
  return true;
});

chrome.runtime.onInstalled.addListener(() => {
  chrome.contextMenus.create({ id: 'call', title: chrome.i18n.getMessage('callSelection'), contexts: ['selection'] });
});

chrome.contextMenus.onClicked.addListener((info) => {
  const text = info.selectionText?.trim().slice(0, 200);
  if (info.menuItemId === 'call' && text) askApp({ type: 'dial', text }).catch(() => undefined);
});

chrome.commands.onCommand.addListener((command, tab) => {
  if (command !== 'call-focused' || tab?.id === undefined) return;
  chrome.tabs
    .sendMessage(tab.id, FOCUSED_NUMBER)
    .then((number: unknown) => (typeof number === 'string' ? askApp({ type: 'dial', text: number }) : undefined))
    .catch(() => undefined);
});
