import { resolveDefaultCountry, systemLocale } from '../phone/default-country.js';
import type { DefaultCountry } from '../phone/default-country.js';
import type { ResolvedSettings } from './settings-store.js';

/** The default country for national numbers, worked out once per settings (ICU's locale lookup is slow). */
export class DefaultCountryCache {
  private last?: { settings: ResolvedSettings; value: DefaultCountry };

  constructor(private readonly env: NodeJS.ProcessEnv) {}

  /** The country and where it came from: the setting, the environment, or the system locale. */
  of(settings: ResolvedSettings): DefaultCountry {
    if (this.last?.settings !== settings) this.last = { settings, value: this.resolve(settings) };
    return this.last.value;
  }

  private resolve(settings: ResolvedSettings): DefaultCountry {
    const fromEnvironment = settings.sources.defaultCountry === 'environment';
    const value = settings.values.defaultCountry;
    return resolveDefaultCountry({
      ...(fromEnvironment ? { environment: value } : { setting: value }),
      locale: systemLocale(this.env),
    });
  }
}
