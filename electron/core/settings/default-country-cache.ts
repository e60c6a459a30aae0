import type { DefaultCountry } from '../phone/default-country.js';
import { defaultCountryOf } from './default-country.js';
import type { ResolvedSettings } from './settings-store.js';

/** Remembers the default country of the current settings, so every parse does not derive it again. */
export class DefaultCountryCache {
  private cached?: { settings: ResolvedSettings; value: DefaultCountry };

  constructor(private readonly env: NodeJS.ProcessEnv) {}

  /** The default country for national numbers under these settings, and where it came from. */
  of(resolved: ResolvedSettings): DefaultCountry {
    if (this.cached?.settings !== resolved)
      this.cached = { settings: resolved, value: defaultCountryOf(resolved, this.env) };
    return this.cached.value;
  }
}
