// The closed sets that cross the boundary between the core and the window. Each is one `as const` array;
// the core's types and the contract's picklists both derive from it, so they cannot drift apart.

/** Where a dial comes from; every source goes through the same guard. */
export const DIAL_SOURCES = [
  'pad',
  'contact',
  'tray',
  'link',
  'hotkey',
  'clipboard',
  'cli',
  'redial',
  'extension',
] as const;
/** One of the places a dial can come from. */
export type DialSource = (typeof DIAL_SOURCES)[number];

/** Where a call stands, from the customer participant's state. */
export const CALL_PHASES = ['dialing', 'contacting', 'alerting', 'connected', 'disconnected', 'unknown'] as const;
/** One phase of a call. */
export type CallPhase = (typeof CALL_PHASES)[number];

/** How softdial signs in: the agent's own sign-in (PKCE) or client credentials on behalf of a user. */
export const SIGN_IN_MODES = ['agent', 'client-credentials'] as const;
/** One of the sign-in modes. */
export type SignInMode = (typeof SIGN_IN_MODES)[number];

/** How the desktop app updates itself: not at all (the fleet's own tools deploy it), when asked, or by itself. */
export const UPDATE_POLICIES = ['off', 'notify', 'auto'] as const;
/** One of the update policies. */
export type UpdatePolicy = (typeof UPDATE_POLICIES)[number];

/** Where a secret is kept: the OS keychain, or (without one) this process's memory only. */
export const SECRET_STORE_KINDS = ['keychain', 'memory'] as const;
/** One kind of secret store. */
export type SecretStoreKind = (typeof SECRET_STORE_KINDS)[number];

/** Where a setting's value came from, strongest first. */
export const SETTING_SOURCES = ['environment', 'policy', 'user', 'preset', 'default'] as const;
/** One source of a setting. */
export type SettingSource = (typeof SETTING_SOURCES)[number];

/** Where the default country for national numbers came from. */
export const COUNTRY_SOURCES = ['settings', 'environment', 'locale', 'none'] as const;
/** One source of the default country. */
export type CountrySource = (typeof COUNTRY_SOURCES)[number];
