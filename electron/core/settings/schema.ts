import * as v from 'valibot';
import { SIGN_IN_MODES, UPDATE_POLICIES } from '../../shared/closed-sets.js';
import { E164_PATTERN } from '../../shared/e164.js';
import { toCountryCode } from '../phone/numbering-plan.js';
import { LOG_LEVELS } from '../../shared/log-levels.js';

const countryCode = v.pipe(
  v.string(),
  v.transform((value) => value.trim().toUpperCase()),
  v.check((value) => toCountryCode(value) !== undefined, 'must be a two-letter country code such as GB or US'),
);
const e164 = v.pipe(v.string(), v.regex(E164_PATTERN, 'must be an E.164 number such as +442079460958'));
/** A global shortcut in Electron's accelerator form (empty: none). */
const accelerator = v.pipe(v.string(), v.maxLength(60, 'is too long'));
const id = v.pipe(v.string(), v.trim(), v.minLength(1, 'must not be empty'), v.maxLength(200, 'is too long'));

/** Every setting, each optional: a file, the policy or the environment may give any subset. */
export const SettingsSchema = v.strictObject({
  /** Genesys Cloud region: domain, AWS-style name or base URL. Absent: sandbox mode against the built-in emulator. */
  region: v.optional(v.pipe(v.string(), v.trim(), v.minLength(1, 'must not be empty'))),
  /** How softdial signs in: the agent's own sign-in (PKCE) or client credentials dialling on behalf of a user. */
  mode: v.optional(v.picklist(SIGN_IN_MODES, 'must be "agent" or "client-credentials"')),
  clientId: v.optional(id),
  /** The user calls are placed for, with client credentials (on-behalf-of). */
  userId: v.optional(id),
  defaultCountry: v.optional(countryCode),
  callerId: v.optional(e164),
  callerIdName: v.optional(v.pipe(v.string(), v.maxLength(100, 'must be at most 100 characters'))),
  callFromQueueId: v.optional(id),
  dialGuardSeconds: v.optional(
    v.pipe(
      v.number('must be a number of seconds'),
      v.minValue(0, 'must be 0 or more'),
      v.maxValue(60, 'must be at most 60'),
    ),
  ),
  /** The loopback port of the sign-in redirect; the OAuth client must register it exactly (0: any free port, for the sandbox). */
  redirectPort: v.optional(
    v.pipe(
      v.number('must be a port number'),
      v.integer('must be a whole number'),
      v.check(
        (port) => port === 0 || (port >= 1024 && port <= 65535),
        'must be from 1024 to 65535 (or 0 for any free port)',
      ),
    ),
  ),
  redirectPath: v.optional(
    v.pipe(v.string(), v.regex(/^\/[\w\-./]*$/, 'must be a path starting with /, such as /oauth/callback')),
  ),
  requestTimeoutSeconds: v.optional(
    v.pipe(
      v.number('must be a number of seconds'),
      v.minValue(2, 'must be at least 2'),
      v.maxValue(120, 'must be at most 120'),
    ),
  ),
  /** Whether a number from a link, the hotkey or the tray waits for one confirmation before dialling. */
  confirmExternalDials: v.optional(v.boolean('must be true or false')),
  /** The global shortcut that calls the copied number. */
  hotkey: v.optional(accelerator),
  /** The global shortcut that brings the window forward with the box focused (empty: none). */
  focusHotkey: v.optional(accelerator),
  startAtLogin: v.optional(v.boolean('must be true or false')),
  /** Whether the desktop app starts with its window hidden in the tray (as it does when started at login). */
  startInTray: v.optional(v.boolean('must be true or false')),
  /** Above this many users the directory is not copied to this computer but searched in Genesys Cloud as you type. */
  directoryMaxUsers: v.optional(
    v.pipe(
      v.number('must be a number of users'),
      v.integer('must be a whole number'),
      v.minValue(0, 'must be 0 or more'),
      v.maxValue(1_000_000, 'must be at most 1000000'),
    ),
  ),
  /** Hours between two refreshes of the directory copy (at least a day; each computer adds a random part). */
  directoryRefreshHours: v.optional(
    v.pipe(
      v.number('must be a number of hours'),
      v.minValue(24, 'must be at least 24 (the directory is refreshed at most daily)'),
      v.maxValue(720, 'must be at most 720'),
    ),
  ),
  /** Whether external contacts are read in full (the scan API) rather than only searched as you type. */
  externalContactsScan: v.optional(v.boolean('must be true or false')),
  /** Whether the agent agreed that the desktop app opens tel:, callto: and sip: links (absent: not asked yet). */
  handleLinks: v.optional(v.boolean('must be true or false')),
  /** How the desktop app updates itself: off (the fleet deploys its own way), notify (download only when asked), auto. */
  updates: v.optional(v.picklist(UPDATE_POLICIES, 'must be "off", "notify" or "auto"')),
  /** Where updates come from: a folder on a web server holding electron-builder's latest*.yml (absent: the project's releases). */
  updateFeedUrl: v.optional(
    v.pipe(
      v.string(),
      v.url('must be a URL such as https://updates.example.com/softdial/'),
      v.check(
        (url) => /^https:|^http:\/\/(127\.0\.0\.1|localhost|\[::1\])[:/]/.test(url),
        'must be https (or loopback http)',
      ),
    ),
  ),
  /** The release channel followed: latest, or a channel such as beta (the feed's beta*.yml). */
  updateChannel: v.optional(
    v.pipe(v.string(), v.regex(/^[a-z][a-z0-9-]{0,30}$/, 'must be a channel name such as latest or beta')),
  ),
  /** Quick-dial entries for the tray. */
  favourites: v.optional(
    v.pipe(
      v.array(
        v.strictObject({
          name: v.pipe(v.string(), v.trim(), v.minLength(1, 'must not be empty'), v.maxLength(80, 'is too long')),
          number: v.pipe(v.string(), v.minLength(3), v.maxLength(64)),
        }),
      ),
      v.maxLength(20, 'holds at most 20 favourites'),
    ),
  ),
});

/** Settings as stored: any subset of the fields. */
export type PartialSettings = v.InferOutput<typeof SettingsSchema>;
/** The name of one setting. */
export type SettingKey = keyof PartialSettings;

/** The values used when nobody set anything. */
export const DEFAULTS = {
  dialGuardSeconds: 3,
  redirectPort: 53682,
  redirectPath: '/oauth/callback',
  requestTimeoutSeconds: 20,
  confirmExternalDials: true,
  hotkey: 'CommandOrControl+Shift+D',
  focusHotkey: '',
  startAtLogin: false,
  startInTray: false,
  directoryMaxUsers: 20_000,
  directoryRefreshHours: 24,
  externalContactsScan: false,
  updates: 'auto',
  updateChannel: 'latest',
} as const satisfies PartialSettings;

/** Settings after defaults: the fields with defaults are always present. */
export type Settings = PartialSettings & { -readonly [K in keyof typeof DEFAULTS]: NonNullable<PartialSettings[K]> };

/** The admin policy file: `preset` values a user may change, `locked` values nobody but the environment overrides. */
export const PolicySchema = v.strictObject({
  preset: v.optional(SettingsSchema),
  locked: v.optional(SettingsSchema),
  /** Base URLs (a gateway, a proxy in front of Genesys) users may choose as their region; each https or loopback. */
  allowedBaseUrls: v.optional(
    v.pipe(v.array(v.pipe(v.string(), v.url('must be a URL such as https://gateway.example.com'))), v.maxLength(50)),
  ),
  /** How much the support log (logs/softdial.log) keeps: error, warn, info (the default) or debug. */
  logLevel: v.optional(v.picklist(LOG_LEVELS, 'must be "error", "warn", "info" or "debug"')),
});

/** A parsed policy file. */
export type Policy = v.InferOutput<typeof PolicySchema>;
