/** The dialogs and sheets the window can show, one at a time. */
export type Overlay = 'settings' | 'shortcuts' | 'first-run' | null;

/** Whether the window is wide enough for the rail, the list and the detail pane side by side. */
export function watchWide(onChange: (wide: boolean) => void): () => void {
  const query = window.matchMedia('(min-width: 960px)');
  const update = () => onChange(query.matches);
  update();
  query.addEventListener('change', update);
  return () => query.removeEventListener('change', update);
}

/** Pins the theme on the document (or leaves it to the system), so the token sheet picks its values. */
export function applyTheme(theme: 'system' | 'light' | 'dark'): void {
  if (theme === 'system') delete document.documentElement.dataset['theme'];
  else document.documentElement.dataset['theme'] = theme;
}
