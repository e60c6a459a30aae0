// The layers of softdial, enforced: which folder may import which. Each file gets exactly one set of
// restricted imports (ESLint replaces, not merges, a rule's options), so the sets are built here whole.
import { builtinModules } from 'node:module';

const NODE = builtinModules.filter((name) => !name.startsWith('_')).join('|');
const nodeBuiltins = {
  regex: `^(node:.*|(${NODE})(/.*)?)$`,
  message: 'This layer runs in the window too: no Node built-ins.',
};
const desktopOnly = {
  regex: '^(electron|got|keytar|ws|hpagent)$',
  message: 'Electron, the HTTP client, the keychain and sockets stay in the core or main.',
};
const electron = { regex: '^electron$', message: 'Only electron/main and electron/preload may import Electron.' };
const edges = {
  regex: '(^|/)(main|preload|renderer)/',
  message: 'Nothing imports the Electron glue or the renderer; they sit at the edge.',
};
const ipc = {
  regex: '(^|/)ipc/',
  message: 'The core knows nothing of the contract; only its hosts (core/service, core/web, core/cli) serve it.',
};
const explain = {
  regex: '(^|/)explain/',
  message: 'explain sits above genesys and auth: report typed failures and let the injected Explainer word them.',
};
const sandbox = {
  regex: '(^|/)(sandbox|emulator)/',
  message: 'Only the composition roots start the sandbox: the real connection knows nothing of the demo org.',
};
const outsideShared = { regex: '^\\.\\./', message: 'shared is a leaf: it imports nothing of the project.' };
const coreAtRuntime = {
  regex: '(^|/)core/',
  allowTypeImports: true,
  message: 'ipc imports only shared at runtime (and types from the core); move the value to electron/shared.',
};
const coreBeyondPhone = {
  regex: '(^|/)electron/core/(?!phone/)',
  message: 'The renderer reaches the core only through the contract; of the core it may import the phone module.',
};
const phoneOutside = {
  regex: '^\\.\\./(?!\\.\\./shared/)',
  message: 'The phone module is pure: it imports only itself and electron/shared.',
};
const preloadCore = { regex: '(^|/)core/', message: 'The preload exposes the contract and nothing else.' };

const restrict = (files, patterns, ignores = []) => ({
  files,
  ignores,
  rules: { '@typescript-eslint/no-restricted-imports': ['error', { patterns }] },
});

const HOSTS = ['electron/core/service/**', 'electron/core/web/**', 'electron/core/cli/**'];
const ABOVE_EXPLAIN = ['electron/core/genesys/**', 'electron/core/auth/**'];
const PHONE = ['electron/core/phone/**'];
/** The sandbox itself, the emulator it runs, and the composition roots that start it. */
const SANDBOX_USERS = [
  'electron/core/sandbox/**',
  'electron/core/emulator/**',
  'electron/core/softdial-core.ts',
  'electron/core/cli/open-core.ts',
  'electron/core/cli/emulator-command.ts',
];

/** One block per layer; the blocks' files do not overlap. */
export const layerRules = [
  restrict(['electron/shared/**'], [outsideShared, nodeBuiltins, desktopOnly]),
  restrict(
    ['electron/core/**'],
    [electron, edges, ipc, sandbox],
    [...HOSTS, ...ABOVE_EXPLAIN, ...PHONE, ...SANDBOX_USERS],
  ),
  restrict(SANDBOX_USERS, [electron, edges, ipc], HOSTS),
  restrict(ABOVE_EXPLAIN, [electron, edges, ipc, explain, sandbox]),
  restrict(PHONE, [phoneOutside, desktopOnly]),
  restrict(HOSTS, [electron, edges, sandbox], SANDBOX_USERS),
  restrict(
    SANDBOX_USERS.filter((file) => file.startsWith('electron/core/cli/')),
    [electron, edges],
  ),
  restrict(['electron/ipc/**'], [coreAtRuntime, edges, nodeBuiltins, desktopOnly]),
  restrict(['renderer/**'], [coreBeyondPhone, edges, nodeBuiltins, desktopOnly]),
  restrict(['electron/preload/**'], [preloadCore, { regex: '(^|/)(main|renderer)/', message: edges.message }]),
  restrict(
    ['electron/main/**'],
    [
      { regex: '(^|/)(preload|renderer)/', message: edges.message },
      { regex: '(^|/)sandbox/', message: sandbox.message },
    ],
  ),
];
