import { ESLint } from 'eslint';
import type { Linter } from 'eslint';
import tseslint from 'typescript-eslint';
import { beforeAll, describe, expect, it } from 'vitest';

// The layer allow-list, run through ESLint's own API on a one-line fixture: the import a layer must not
// make is reported (with the reason), and the import it may make is not. If a rule stops biting, its
// case here fails.

let eslint: ESLint;

beforeAll(async () => {
  const url = new URL('../../../eslint.layers.js', import.meta.url).href;
  const { layerRules } = (await import(url)) as { layerRules: Linter.Config[] };
  eslint = new ESLint({
    cwd: new URL('../../../', import.meta.url).pathname,
    overrideConfigFile: true,
    overrideConfig: [
      {
        files: ['**/*.ts'],
        languageOptions: { parser: tseslint.parser },
      },
      ...layerRules,
    ],
  });
});

/** The restricted-import messages ESLint gives for one line of source in a file at `filePath`. */
async function problems(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${code}\nexport {};\n`, { filePath });
  return (result?.messages ?? []).map((message) => `${message.ruleId ?? 'parse'}: ${message.message}`);
}

const refused = [
  ['electron/core/dialing/x.ts', "import { dispatch } from '../../ipc/dispatch.js';", /may not import electron\/ipc/],
  ['electron/core/dialing/x.ts', "import { app } from 'electron';", /only electron\/main and electron\/preload/],
  ['electron/core/dialing/x.ts', "import { x } from '../../main/tray.js';", /may not import electron\/main/],
  [
    'electron/core/genesys/x.ts',
    "import { explainCode } from '../explain/catalog.js';",
    /knows nothing of explanations/,
  ],
  ['electron/core/auth/x.ts', "import { explainCode } from '../explain/catalog.js';", /below explain/],
  ['electron/core/phone/x.ts', "import { x } from '../settings/schema.js';", /phone module is pure/],
  ['electron/core/service/x.ts', "import { ipcMain } from 'electron';", /only electron\/main/],
  ['electron/ipc/x.ts', "import { explainCode } from '../core/explain/catalog.js';", /ipc imports only shared/],
  ['electron/ipc/x.ts', "import { readFile } from 'node:fs/promises';", /no Node built-ins/],
  ['electron/shared/x.ts', "import { x } from '../core/dialing/dialer.js';", /shared is a leaf/],
  ['electron/shared/x.ts', "import { join } from 'path';", /no Node built-ins/],
  ['renderer/src/lib/x.ts', "import { x } from '../../../electron/core/softdial-core.js';", /phone module/],
  ['renderer/src/lib/x.ts', "import got from 'got';", /stay in the core/],
  ['renderer/src/lib/x.ts', "import { ipcRenderer } from 'electron';", /stay in the core/],
  ['renderer/src/lib/x.ts', "import { createServer } from 'node:http';", /no Node built-ins/],
  ['electron/preload/x.ts', "import { x } from '../core/dialing/dialer.js';", /exposes the contract/],
  ['electron/core/connection/x.ts', "import { DEMO } from '../emulator/demo-org.js';", /the real one/],
  [
    'electron/core/diagnostics/doctor.ts',
    "import { DEMO } from '../emulator/demo-org.js';",
    /may not import electron\/core\/emulator/,
  ],
  [
    'electron/core/genesys/x.ts',
    "import { DEMO } from '../emulator/demo-org.js';",
    /may not import electron\/core\/emulator/,
  ],
  ['electron/core/web/x.ts', "import { startSandbox } from '../sandbox/start-sandbox.js';", /never starts the sandbox/],
  [
    'electron/main/x.ts',
    "import { startSandbox } from '../core/sandbox/start-sandbox.js';",
    /may not import electron\/core\/sandbox/,
  ],
  ['electron/core/emulator/x.ts', "import { dispatch } from '../../ipc/dispatch.js';", /stands in for Genesys/],
  ['electron/core/cli/open-core.ts', "import { app } from 'electron';", /only electron\/main/],
  // The core may not reach its own hosts, nor the emulator.
  ['electron/core/dialing/x.ts', "import { createHandlers } from '../service/handlers.js';", /core\/service/],
  ['electron/core/contacts/x.ts', "import { startWebServer } from '../web/web-server.js';", /core\/web/],
  ['electron/core/dialing/x.ts', "import { GenesysEmulator } from '../emulator/emulator.js';", /core\/emulator/],
  [
    'electron/core/softdial-core.ts',
    "import { createHandlers } from './service/handlers.js';",
    /knows nothing of its hosts/,
  ],
  // genesys and auth sit below contacts and dialling.
  ['electron/core/genesys/x.ts', "import { x } from '../contacts/types.js';", /core\/contacts/],
  ['electron/core/auth/x.ts', "import { x } from '../dialing/dialer.js';", /core\/dialing/],
  ['electron/core/dialing/x.ts', "import { x } from '../contacts/types.js';", /core\/contacts/],
  // Type-only, re-exporting, dynamic and type-position imports are imports too.
  ['electron/core/genesys/x.ts', "import type { Contact } from '../contacts/types.js';", /core\/contacts/],
  ['electron/core/genesys/x.ts', "import { type Contact } from '../contacts/types.js';", /core\/contacts/],
  ['electron/core/genesys/x.ts', "export * from '../contacts/types.js';", /core\/contacts/],
  ['electron/core/genesys/x.ts', "export { x } from '../contacts/types.js';", /core\/contacts/],
  ['electron/core/genesys/x.ts', "const x = await import('../contacts/types.js');", /core\/contacts/],
  ['electron/core/genesys/x.ts', "type X = typeof import('../contacts/types.js');", /core\/contacts/],
  ['electron/core/genesys/x.ts', 'const x = await import(`../${name}.js`);', /string literal/],
  ['electron/ipc/x.ts', "import { StatusSchema } from '../core/connection/core-status.js';", /only shared at runtime/],
  // A specifier is judged by where it leads, not how it is spelt.
  ['electron/core/phone/x.ts', "import { x } from '../phone/../settings/schema.js';", /core\/settings/],
  ['electron/core/phone/x.ts', "import { x } from './../../core/contacts/types.js';", /core\/contacts/],
  ['electron/core/genesys/x.ts', "import { x } from '../../core/genesys/../service/handlers.js';", /core\/service/],
  // A folder (or a core root file) nobody gave a layer fails until it has one.
  ['electron/core/newthing/x.ts', "import { ok } from '../../shared/outcome.js';", /belongs to no layer/],
  ['electron/core/helpers.ts', "import { ok } from '../shared/outcome.js';", /belongs to no layer/],
  ['electron/newthing/x.ts', "import { ok } from '../shared/outcome.js';", /belongs to no layer/],
  ['electron/core/genesys/x.ts', "import { x } from '../newthing/x.js';", /may not import electron\/core\/newthing/],
] as const;

const allowed = [
  ['electron/core/dialing/x.ts', "import { ok } from '../../shared/outcome.js';"],
  ['electron/core/service/x.ts', "import { dispatch } from '../../ipc/dispatch.js';"],
  ['electron/core/explain/x.ts', "import { retryAfterSeconds } from '../genesys/explainer.js';"],
  ['electron/core/contacts/files/x.ts', "import { x } from '../types.js';"],
  ['electron/core/contacts/x.ts', "import { x } from '../dialing/contacts.js';"],
  ['electron/ipc/x.ts', "import type { CoreStatus } from '../core/connection/core-status.js';"],
  ['electron/ipc/x.ts', "import { type CoreStatus } from '../core/connection/core-status.js';"],
  ['electron/ipc/x.ts', "import { ERROR_CODES } from '../shared/explained-error.js';"],
  ['renderer/src/lib/x.ts', "import { formatAsYouType } from '../../../electron/core/phone/as-you-type.js';"],
  ['electron/main/x.ts', "import { app } from 'electron';"],
  ['electron/main/x.ts', "import { GenesysEmulator } from '../core/emulator/emulator.js';"],
  ['electron/core/softdial-core.ts', "import { sandboxConnection } from './sandbox/sandbox-connection.js';"],
  ['electron/core/cli/open-core.ts', "import { startSandbox } from '../sandbox/start-sandbox.js';"],
  ['electron/core/cli/emulator-command.ts', "import { DEMO } from '../emulator/demo-org.js';"],
  ['electron/core/cli/main.ts', "const x = await import('./dial-command.js');"],
  ['electron/core/emulator/x.ts', "import { demoOrg } from './demo-org.js';"],
  ['electron/core/sandbox/x.ts', "import { demoOrg } from '../emulator/demo-org.js';"],
  ['electron/core/cli/open-core.ts', "import { dispatch } from '../../ipc/dispatch.js';"],
  ['electron/core/auth/x.ts', "import keytar from 'keytar';"],
] as const;

describe('the layer rules', () => {
  it.each(refused)('refuse in %s: %s', async (file, code, reason) => {
    const found = await problems(file, code);
    expect(found.join('\n')).toMatch(reason);
  });

  it.each(allowed)('allow in %s: %s', async (file, code) => {
    expect(await problems(file, code)).toEqual([]);
  });
});
