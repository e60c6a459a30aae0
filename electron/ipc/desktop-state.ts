import * as v from 'valibot';

// Desktop-only facts the Electron main adds to the settings view (the browser build has none): whether the
// global hotkey and the link registration actually took, so the window can say so instead of a log line.

/** How the global hotkey stands: off, taken, refused by the OS, invalid, or (Wayland) up to the desktop. */
export const HOTKEY_STATES = ['off', 'registered', 'unconfirmed', 'refused', 'invalid'] as const;
/** The global hotkey's state. */
export type HotkeyState = (typeof HOTKEY_STATES)[number];

/** Whether tel:/callto:/sip: links reach softdial, and if not, why. */
export const LINK_HANDLER_STATES = [
  'default',
  'not-default',
  'not-asked',
  'declined',
  'development',
  'failed',
] as const;
/** The link registration's state. */
export type LinkHandlerState = (typeof LINK_HANDLER_STATES)[number];

/** How one global hotkey stands, with a sentence for the agent when it did not take. */
const HotkeyStatusSchema = v.object({
  accelerator: v.string(),
  state: v.picklist(HOTKEY_STATES),
  message: v.optional(v.string()),
});

/** Whether a tray icon can be seen: shown, no tray host on this desktop (GNOME without AppIndicator), or unknown. */
export const TRAY_STATES = ['shown', 'no-host', 'unknown'] as const;
/** The tray's state. */
export type TrayState = (typeof TRAY_STATES)[number];

/**
 * Where updates stand: turned off (or left to the fleet's own tools), a development run, checking, up to date,
 * downloading, downloaded and waiting for a restart, or failed (with the reason).
 */
export const UPDATE_STATES = [
  'off',
  'development',
  'checking',
  'up-to-date',
  'available',
  'downloading',
  'ready',
  'failed',
] as const;
/** The updater's state. */
export type UpdateState = (typeof UPDATE_STATES)[number];

/** The updater's state as Settings shows it ("Up to date", "Restart to update to 1.4.2"). */
export const UpdateStatusSchema = v.object({
  state: v.picklist(UPDATE_STATES),
  /** The version found (available, downloading, ready). */
  version: v.optional(v.string()),
  message: v.optional(v.string()),
});

/** The updater's state, as the window receives it. */
export type UpdateStatus = v.InferOutput<typeof UpdateStatusSchema>;

/** What the window shows about the desktop integration, each with a sentence for the agent when it did not take. */
export const DesktopStateSchema = v.object({
  /** Calls the copied number. */
  hotkey: HotkeyStatusSchema,
  /** Brings the window forward with the box focused. */
  focusHotkey: HotkeyStatusSchema,
  links: v.object({ state: v.picklist(LINK_HANDLER_STATES), message: v.optional(v.string()) }),
  startAtLogin: v.object({ applied: v.boolean(), message: v.optional(v.string()) }),
  /** Whether closing the window leaves a tray icon to come back from (else it quits, and Quit is in the window's menu). */
  tray: v.object({ state: v.picklist(TRAY_STATES), message: v.optional(v.string()) }),
  updates: UpdateStatusSchema,
  /** Whether "Keep on top" can work here: Wayland lets no app keep itself above others, so the window hides it. */
  pinSupported: v.boolean(),
});

/** The desktop integration's state, as the window receives it. */
export type DesktopState = v.InferOutput<typeof DesktopStateSchema>;

/** The part of the desktop state the OS integration (hotkeys, start at login, links) keeps. */
export type IntegrationState = Omit<DesktopState, 'tray' | 'updates' | 'pinSupported'>;
