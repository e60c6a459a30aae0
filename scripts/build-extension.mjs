// Builds the browser extension: one self-contained script per entry (content script, background, popup),
// and a manifest per browser family, into dist/extension/chromium/ and dist/extension/firefox/.
import { execFile } from 'node:child_process';
import { cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { build } from 'esbuild';

const pkg = JSON.parse(await readFile('package.json', 'utf8'));
const { EXTENSION_PUBLIC_KEY, FIREFOX_EXTENSION_ID } = await import('../dist/electron/shared/extension-identity.js');

/** What both browsers read; each family adds its own background and id. */
const common = {
  manifest_version: 3,
  name: '__MSG_extensionName__',
  description: '__MSG_extensionDescription__',
  version: pkg.version,
  default_locale: 'en',
  permissions: ['nativeMessaging', 'contextMenus', 'storage'],
  action: { default_popup: 'popup/popup.html', default_title: 'softdial' },
  content_scripts: [
    {
      matches: ['http://*/*', 'https://*/*', 'file:///*'],
      js: ['content.js'],
      all_frames: true,
      run_at: 'document_idle',
    },
  ],
  commands: {
    'call-focused': { suggested_key: { default: 'Alt+Shift+D' }, description: '__MSG_callFocused__' },
  },
  storage: { managed_schema: 'managed-schema.json' },
};

const manifests = {
  chromium: { ...common, key: EXTENSION_PUBLIC_KEY, background: { service_worker: 'background.js' } },
  firefox: {
    ...common,
    storage: undefined,
    background: { scripts: ['background.js'] },
    // Nothing of a page leaves the machine: Firefox asks add-ons to say so.
    browser_specific_settings: {
      gecko: {
        id: FIREFOX_EXTENSION_ID,
        strict_min_version: '142.0',
        data_collection_permissions: { required: ['none'] },
      },
    },
  },
};

for (const [family, manifest] of Object.entries(manifests)) {
  const out = `dist/extension/${family}`;
  await rm(out, { recursive: true, force: true });
  await mkdir(`${out}/popup`, { recursive: true });
  await build({
    entryPoints: {
      content: 'extension/src/content.ts',
      background: 'extension/src/background.ts',
      'popup/popup': 'extension/src/popup/popup.ts',
    },
    outdir: out,
    bundle: true,
    format: 'iife',
    target: 'es2022',
    minify: true,
    legalComments: 'none',
    logLevel: 'warning',
    metafile: false,
  });
  await cp('extension/_locales', `${out}/_locales`, { recursive: true });
  await cp('extension/src/popup/popup.html', `${out}/popup/popup.html`);
  await cp('extension/src/popup/popup.css', `${out}/popup/popup.css`);
  await cp('extension/managed-schema.json', `${out}/managed-schema.json`);
  await writeFile(`${out}/manifest.json`, `${JSON.stringify(manifest, null, 2)}\n`);
}

// The store uploads: Chrome Web Store and Edge Add-ons take the Chromium build without its `key` (the
// stores assign the id and refuse a key), addons.mozilla.org the Firefox one. Each is a zip of the
// folder's contents; without a zip program the unpacked builds still stand.
const stores = { 'chrome-web-store': 'chromium', 'edge-addons': 'chromium', 'firefox-addons': 'firefox' };
for (const [store, family] of Object.entries(stores)) {
  const staging = `dist/extension/.${store}`;
  await rm(staging, { recursive: true, force: true });
  await cp(`dist/extension/${family}`, staging, { recursive: true });
  const forStore = { ...manifests[family], key: undefined };
  await writeFile(`${staging}/manifest.json`, `${JSON.stringify(forStore, null, 2)}\n`);
  const zip = resolve(`dist/extension/softdial-${store}-${pkg.version}.zip`);
  await rm(zip, { force: true });
  await promisify(execFile)('zip', ['-qrX', zip, '.'], { cwd: staging }).catch((error) => {
    process.stderr.write(
      `build-extension: no ${store} zip (${error.code ?? error.message}); the unpacked build is in dist/extension/${family}\n`,
    );
  });
  await rm(staging, { recursive: true, force: true });
}
