import { resolveDefaultCountry } from '../phone/default-country.js';
import type { DefaultCountry } from '../phone/default-country.js';
import { SettingsStore } from './settings-store.js';
import type { ResolvedSettings } from './settings-store.js';

/** The locale the OS reports to this process: LC_ALL / LC_MESSAGES / LANG first, then ICU's view. */
export function systemLocale(env: NodeJS.ProcessEnv): string | undefined {
  return env['LC_ALL'] || env['LC_MESSAGES'] || env['LANG'] || Intl.DateTimeFormat().resolvedOptions().locale;
}

/**
 * The country national numbers are read in, the one way every command and the window work it out: the
 * setting in force (SOFTDIAL_DEFAULT_REGION, a locked policy, the saved choice, a preset), else the OS locale.
 */
export function defaultCountryOf(resolved: ResolvedSettings, env: NodeJS.ProcessEnv): DefaultCountry {
  const value = resolved.values.defaultCountry;
  const fromEnvironment = resolved.sources.defaultCountry === 'environment';
  return resolveDefaultCountry({
    ...(fromEnvironment ? { environment: value } : { setting: value }),
    locale: systemLocale(env),
  });
}

/** Reads the settings just for the default country, for commands that need nothing else of the core. */
export async function savedDefaultCountry(env: NodeJS.ProcessEnv): Promise<DefaultCountry> {
  return defaultCountryOf(await new SettingsStore(env).load(), env);
}
