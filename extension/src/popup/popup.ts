import type { ExtensionReply } from '../../../electron/shared/native-messages.js';
import type { InternalRequest } from '../messages.js';

const ask = (request: InternalRequest): Promise<unknown> => chrome.runtime.sendMessage(request);
const byId = <T extends HTMLElement>(id: string, type: new () => T): T => {
  const element = document.getElementById(id);
  if (!(element instanceof type)) throw new Error(`popup.html has no #${id}`);
  return element;
};

const status = byId('status', HTMLParagraphElement);
const answer = byId('answer', HTMLParagraphElement);
const site = byId('site', HTMLInputElement);

/** The app's state in one line: running, signed in, ready (the doctor's summary). */
async function showStatus(): Promise<void> {
  const reply = (await ask({ type: 'status' })) as ExtensionReply;
  status.textContent = reply.ok ? reply.summary : reply.error.message;
}

/** The current tab's site and whether numbers are marked there. */
async function showSite(): Promise<void> {
  const [tab] = await chrome.tabs.query({ active: true, currentWindow: true });
  const host = tab?.url ? new URL(tab.url).hostname : '';
  const decision = (await ask({ type: 'site', host })) as { enabled: boolean; lockedBy?: string };
  site.checked = decision.enabled;
  site.disabled = decision.lockedBy !== undefined || host === '';
  site.addEventListener('change', () => {
    ask({ type: 'setSite', host, enabled: site.checked }).catch(() => undefined);
  });
}

byId('dial', HTMLFormElement).addEventListener('submit', (event) => {
  event.preventDefault();
  const text = byId('number', HTMLInputElement).value.trim();
  if (!text) return;
  ask({ type: 'dial', text })
    .then((reply) => {
      const result = reply as ExtensionReply;
      answer.textContent = result.ok ? result.summary : result.error.message;
    })
    .catch(() => undefined);
});

Promise.all([showStatus(), showSite()]).catch(() => undefined);
