import { MAX_COMPACT_CONTENT_HEIGHT } from '../../../electron/ipc/window-mode.js';

const MIN_CONTENT_HEIGHT = 32;

/** The height to ask the window for: whole CSS pixels within what the window-mode contract accepts. */
export function clampedHeight(height: number): number {
  return Math.min(MAX_COMPACT_CONTENT_HEIGHT, Math.max(MIN_CONTENT_HEIGHT, Math.ceil(height)));
}

/** Svelte action: reports the element's content height as it changes (the compact bar grows for an alert). */
export function contentHeight(element: HTMLElement, report: (height: number) => void) {
  let last: number | undefined;
  const observer = new ResizeObserver(() => {
    const height = clampedHeight(element.scrollHeight);
    if (height === last) return;
    last = height;
    report(height);
  });
  observer.observe(element);
  return { destroy: () => observer.disconnect() };
}
