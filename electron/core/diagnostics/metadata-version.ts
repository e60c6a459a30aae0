import { createRequire } from 'node:module';

/** The numbering-plan metadata in use (libphonenumber-js's version), reported by `doctor` since plans change. */
export function metadataVersion(): string {
  const require = createRequire(import.meta.url);
  const manifest: unknown = require('libphonenumber-js/package.json');
  const version =
    typeof manifest === 'object' && manifest !== null && 'version' in manifest ? manifest.version : undefined;
  return typeof version === 'string'
    ? `libphonenumber-js ${version} (max metadata)`
    : 'libphonenumber-js (unknown version)';
}
