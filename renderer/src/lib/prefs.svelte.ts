/** The theme choices: follow the system, or pin one. */
export const THEMES = ['system', 'light', 'dark'] as const;
/** A theme choice. */
export type Theme = (typeof THEMES)[number];
/** The empty box's views (and the wide window's rail). */
export const VIEWS = ['favourites', 'recents', 'directory'] as const;
/** One of the empty box's views. */
export type View = (typeof VIEWS)[number];

const KEY = 'softdial.window';

interface Stored {
  theme: Theme;
  compact: boolean;
  keypad: boolean;
  view: View;
  pinned: boolean;
  welcomed: boolean;
}

const DEFAULTS: Stored = {
  theme: 'system',
  compact: false,
  keypad: false,
  view: 'favourites',
  pinned: false,
  welcomed: false,
};

function read(storage: Storage | undefined): Stored {
  try {
    const raw: unknown = JSON.parse(storage?.getItem(KEY) ?? '{}');
    if (typeof raw !== 'object' || raw === null) return DEFAULTS;
    const value = raw as Partial<Record<keyof Stored, unknown>>;
    const pick = <K extends keyof Stored>(key: K, valid: (candidate: unknown) => boolean): Stored[K] =>
      valid(value[key]) ? (value[key] as Stored[K]) : DEFAULTS[key];
    const isBoolean = (candidate: unknown) => typeof candidate === 'boolean';
    return {
      theme: pick('theme', (candidate) => THEMES.includes(candidate as Theme)),
      compact: pick('compact', isBoolean),
      keypad: pick('keypad', isBoolean),
      view: pick('view', (candidate) => VIEWS.includes(candidate as View)),
      pinned: pick('pinned', isBoolean),
      welcomed: pick('welcomed', isBoolean),
    };
  } catch {
    return DEFAULTS;
  }
}

/**
 * How the agent left the window: theme, compact mode, keypad, the view, always-on-top and whether the
 * first-run questions were answered. Remembered across restarts; a damaged record falls back to defaults.
 */
export class WindowPrefs {
  theme = $state<Theme>('system');
  compact = $state(false);
  keypad = $state(false);
  view = $state<View>('favourites');
  pinned = $state(false);
  welcomed = $state(false);

  constructor(private readonly storage: Storage | undefined) {
    Object.assign(this, read(storage));
  }

  /** Changes one preference and remembers all of them. */
  set<K extends keyof Stored>(key: K, value: Stored[K]): void {
    (this as Stored)[key] = value;
    const stored: Stored = {
      theme: this.theme,
      compact: this.compact,
      keypad: this.keypad,
      view: this.view,
      pinned: this.pinned,
      welcomed: this.welcomed,
    };
    try {
      this.storage?.setItem(KEY, JSON.stringify(stored));
    } catch {
      // Storage full or disabled: the preference holds for this session.
    }
  }
}
