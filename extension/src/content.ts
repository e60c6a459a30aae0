import { findOnPage } from './page/find-on-page.js';
import { takeOverLinks } from './page/links.js';
import { MarkLayer } from './page/marks.js';
import { PageWalker } from './page/walker.js';
import { FOCUSED_NUMBER } from './messages.js';
import type { InternalRequest } from './messages.js';

/** Asks the background; the page's text and address never go with it, only a number the agent chose. */
const ask = (request: InternalRequest): Promise<unknown> => chrome.runtime.sendMessage(request);

/** Starts marking this page when the agent's choices and the admin's policy allow it here. */
async function start(): Promise<void> {
  const site = (await ask({ type: 'site', host: location.hostname })) as { enabled?: boolean; defaultCountry?: string };
  if (site.enabled !== true) return;
  const dial = (text: string): void => {
    ask({ type: 'dial', text }).catch(() => undefined);
  };
  takeOverLinks(document, dial);
  let layer: MarkLayer | undefined;
  let dirty = false;
  const walker = new PageWalker(
    (node) => {
      const numbers = findOnPage(node.data, site.defaultCountry);
      if (numbers.length === 0) return;
      // A page with no number gets no layer at all.
      layer ??= new MarkLayer((found) => dial(found.reading.e164));
      layer.add(node, numbers);
      dirty = true;
    },
    () => {
      if (dirty) layer?.place();
      dirty = false;
    },
  );
  walker.start(document.body);
  window.addEventListener('resize', () => layer?.place());
  chrome.runtime.onMessage.addListener((message: unknown, _sender, reply: (answer: unknown) => void) => {
    if (message === FOCUSED_NUMBER) reply(layer?.focused() ?? null);
  });
}

start().catch(() => undefined);
