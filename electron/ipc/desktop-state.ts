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

/** What the window shows about the desktop integration, each with a sentence for the agent when it did not take. */
export const DesktopStateSchema = v.object({
  /** Calls the copied number. */
  hotkey: HotkeyStatusSchema,
  /** Brings the window forward with the box focused. */
  focusHotkey: HotkeyStatusSchema,
  links: v.object({ state: v.picklist(LINK_HANDLER_STATES), message: v.optional(v.string()) }),
  startAtLogin: v.object({ applied: v.boolean(), message: v.optional(v.string()) }),
});

/** The desktop integration's state, as the window receives it. */
export type DesktopState = v.InferOutput<typeof DesktopStateSchema>;
