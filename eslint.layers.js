// The layers of softdial, as an allow-list: each folder names where its code runs and which folders it
// may import; a file in a folder listed here belongs to no layer and fails lint until it is given one.
// Read bottom-up: shared and the leaves first, then the core's folders in the order they build on each
// other, the composition root and its hosts, and the edges (Electron glue, renderer) last.
import { importLayers } from './scripts/eslint/import-layers.js';

const SHARED = 'electron/shared/';
const IPC = 'electron/ipc/';
const core = (folder) => `electron/core/${folder}/`;
const ROOT = 'electron/core/softdial-core.ts';
/** The core below its composition root: what the root may wire together. */
const CORE_PARTS = ['files', 'net', 'i18n', 'phone', 'genesys', 'settings', 'auth', 'explain', 'logging', 'connection']
  .concat(['agent'])
  .concat(['dialing', 'contacts', 'diagnostics', 'native'])
  .map(core);

/**
 * Every layer: `path` (a folder ending in /, or one file), `runs` (browser: the window too, so no Node
 * built-ins or desktop packages; node: plain Node, no Electron; electron: the Electron processes),
 * `may` (the layers it imports), `types` (layers it may import types from, nothing at runtime) and `why`.
 */
export const LAYERS = [
  { path: SHARED, runs: 'browser', may: [], why: 'shared is a leaf: it imports nothing of the project.' },
  {
    path: core('files'),
    runs: 'node',
    may: [SHARED],
    why: 'The file helpers (atomic JSON, locks) build on shared alone.',
  },
  { path: core('net'), runs: 'node', may: [], why: 'The guarded local server is a leaf.' },
  {
    path: core('i18n'),
    runs: 'node',
    may: [SHARED],
    why: "The core's words in every language (explanations, doctor, CLI) and the CLI's language: over shared's runtime.",
  },
  {
    path: core('phone'),
    runs: 'browser',
    may: [SHARED],
    why: 'The phone module is pure (the window and the extension use it): it imports only itself and shared.',
  },
  {
    path: core('genesys'),
    runs: 'node',
    may: [SHARED, core('net')],
    why: 'genesys is the HTTP client: it knows nothing of explanations, sign-in, contacts or dialling.',
  },
  {
    path: core('settings'),
    runs: 'node',
    may: [SHARED, core('files'), core('phone'), core('genesys')],
    why: 'Settings read regions and countries; they know nothing of connections or contacts.',
  },
  {
    path: core('auth'),
    runs: 'node',
    may: [SHARED, core('net'), core('genesys')],
    why: 'auth sits with genesys below explain: report typed failures and let the injected Explainer word them.',
  },
  {
    path: core('explain'),
    runs: 'node',
    may: [SHARED, core('i18n'), core('phone'), core('genesys'), core('auth')],
    why: 'explain turns typed failures into words; it knows nothing of connections, contacts or dialling.',
  },
  {
    path: core('logging'),
    runs: 'node',
    may: [SHARED, core('explain')],
    why: 'The support log and the error sink are redacted by explain and know nothing else of the core.',
  },
  {
    path: core('connection'),
    runs: 'node',
    may: [SHARED, core('phone'), core('genesys'), core('settings'), core('auth'), core('explain')],
    why: 'A connection is the real one: it knows nothing of the sandbox, the emulator, contacts or dialling.',
  },
  {
    path: core('agent'),
    runs: 'node',
    may: [SHARED, core('genesys'), core('settings'), core('auth'), core('explain'), core('connection')],
    why: 'The agent (identity, sign-in, queues) sits on a connection, below dialling and contacts.',
  },
  {
    path: core('dialing'),
    runs: 'node',
    may: [SHARED, core('files'), core('phone'), core('genesys'), core('settings'), core('explain')].concat([
      core('connection'),
      core('agent'),
    ]),
    why: 'Dialling places calls over a connection; it knows nothing of contacts, diagnostics or its hosts.',
  },
  {
    path: core('contacts'),
    runs: 'node',
    may: [SHARED, core('files'), core('phone'), core('genesys'), core('settings'), core('explain'), core('dialing')],
    why: 'Contacts build on dialling and the Genesys client; they know nothing of their hosts.',
  },
  {
    path: core('diagnostics'),
    runs: 'node',
    may: [SHARED, core('files'), core('i18n'), core('genesys'), core('settings'), core('explain')].concat([
      core('logging'),
      core('connection'),
      core('agent'),
    ]),
    why: 'Diagnostics read the core through the small interfaces they declare, never its composition root.',
  },
  {
    path: core('native'),
    runs: 'node',
    may: [SHARED, core('files')],
    why: "The browser extension's native host, its manifests and the app's socket: framing and files, no core.",
  },
  {
    path: core('emulator'),
    runs: 'node',
    may: [SHARED, core('net'), core('genesys')],
    why: 'The emulator stands in for Genesys: it may share the client paths and schemas, and nothing else.',
  },
  {
    path: core('sandbox'),
    runs: 'node',
    may: [SHARED, core('settings'), core('connection'), core('emulator')],
    why: 'The sandbox wires the emulator in as a connection; only the composition roots start it.',
  },
  {
    path: ROOT,
    runs: 'node',
    may: [SHARED, ...CORE_PARTS, core('sandbox')],
    why: 'The composition root wires the core together; it knows nothing of its hosts or the contract.',
  },
  {
    path: core('service'),
    runs: 'node',
    may: [SHARED, IPC, ROOT, ...CORE_PARTS],
    why: 'The service serves the contract from the core; it never starts the sandbox or the emulator.',
  },
  {
    path: core('web'),
    runs: 'node',
    may: [SHARED, IPC, ROOT, core('net'), core('service'), core('settings'), core('explain')],
    why: '`softdial web` hosts the service over a WebSocket; it never starts the sandbox or the emulator.',
  },
  {
    path: core('cli'),
    runs: 'node',
    may: [SHARED, IPC, ROOT, ...CORE_PARTS, core('sandbox'), core('emulator'), core('service'), core('web')],
    why: 'The CLI is a composition root of its own: it may start anything of the core, never Electron.',
  },
  {
    path: IPC,
    runs: 'browser',
    may: [SHARED],
    types: [...CORE_PARTS, ROOT],
    why: 'ipc imports only shared at runtime (and types from the core); move the value to electron/shared.',
  },
  {
    path: 'electron/preload/',
    runs: 'electron',
    may: [IPC, SHARED],
    why: 'The preload exposes the contract and nothing else.',
  },
  {
    path: 'electron/main/',
    runs: 'electron',
    may: [SHARED, IPC, ROOT, ...CORE_PARTS, core('emulator'), core('service'), core('web')],
    why: 'The Electron glue composes the core and its service; it starts the emulator itself, never the CLI.',
  },
  {
    path: 'renderer/',
    runs: 'browser',
    may: [SHARED, IPC, core('phone')],
    why: 'The renderer reaches the core only through the contract; of the core it may import the phone module.',
  },
];

/** The layer rule for every file of the app (tests, benches and scripts may import any layer). */
export const layerRules = [
  {
    files: ['electron/**/*.ts', 'renderer/**/*.ts', 'renderer/**/*.svelte'],
    plugins: { local: { rules: { 'import-layers': importLayers } } },
    rules: { 'local/import-layers': ['error', { root: import.meta.dirname, layers: LAYERS }] },
  },
];
