/** The page's own dial links, which the extension handles when a person clicks them. */
const DIAL_LINK = 'a[href^="tel:" i], a[href^="callto:" i], a[href^="sip:" i]';

/**
 * Takes over the page's tel:/callto:/sip: links: a trusted click (a person's) dials through softdial
 * instead of the browser's protocol handler. A script's synthetic click is not trusted and is left to
 * the browser, so a page can never start a softdial dial by itself.
 */
export function takeOverLinks(doc: Document, dial: (text: string) => void): void {
  doc.addEventListener(
    'click',
    (event) => {
      if (!event.isTrusted || event.button !== 0) return;
      const link = event.target instanceof Element ? event.target.closest(DIAL_LINK) : null;
      const href = link?.getAttribute('href');
      if (!href) return;
      event.preventDefault();
      event.stopPropagation();
      dial(href);
    },
    true,
  );
}
