import { ESLint } from 'eslint';
import type { Linter } from 'eslint';
import tseslint from 'typescript-eslint';
import { beforeAll, describe, expect, it } from 'vitest';

// Each layer rule, run through ESLint's own API on a one-line fixture: the import a layer must not make
// is reported, and the import it may make is not. If a rule stops biting, its case here fails.

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
        plugins: { '@typescript-eslint': tseslint.plugin },
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
  ['electron/core/dialing/x.ts', "import { dispatch } from '../../ipc/dispatch.js';", /knows nothing of the contract/],
  ['electron/core/dialing/x.ts', "import { app } from 'electron';", /Only electron\/main/],
  ['electron/core/dialing/x.ts', "import { x } from '../../main/tray.js';", /edge/],
  ['electron/core/genesys/x.ts', "import { explainCode } from '../explain/catalog.js';", /explain sits above genesys/],
  ['electron/core/auth/x.ts', "import { explainCode } from '../explain/catalog.js';", /explain sits above genesys/],
  ['electron/core/phone/x.ts', "import { x } from '../settings/schema.js';", /phone module is pure/],
  ['electron/core/service/x.ts', "import { ipcMain } from 'electron';", /Only electron\/main/],
  ['electron/ipc/x.ts', "import { explainCode } from '../core/explain/catalog.js';", /ipc imports only shared/],
  ['electron/ipc/x.ts', "import { readFile } from 'node:fs/promises';", /no Node built-ins/],
  ['electron/shared/x.ts', "import { x } from '../core/clock.js';", /shared is a leaf/],
  ['electron/shared/x.ts', "import { join } from 'path';", /no Node built-ins/],
  ['renderer/src/lib/x.ts', "import { x } from '../../../electron/core/softdial-core.js';", /phone module/],
  ['renderer/src/lib/x.ts', "import got from 'got';", /stay in the core/],
  ['renderer/src/lib/x.ts', "import { ipcRenderer } from 'electron';", /stay in the core/],
  ['renderer/src/lib/x.ts', "import { createServer } from 'node:http';", /no Node built-ins/],
  ['electron/preload/x.ts', "import { x } from '../core/clock.js';", /exposes the contract/],
  ['electron/core/connection/x.ts', "import { DEMO } from '../emulator/demo-org.js';", /demo org/],
  ['electron/core/diagnostics/doctor.ts', "import { DEMO } from '../emulator/demo-org.js';", /demo org/],
  ['electron/core/genesys/x.ts', "import { DEMO } from '../emulator/demo-org.js';", /demo org/],
  ['electron/core/web/x.ts', "import { startSandbox } from '../sandbox/start-sandbox.js';", /demo org/],
  ['electron/main/x.ts', "import { startSandbox } from '../core/sandbox/start-sandbox.js';", /demo org/],
  ['electron/core/emulator/x.ts', "import { dispatch } from '../../ipc/dispatch.js';", /knows nothing of the contract/],
  ['electron/core/cli/open-core.ts', "import { app } from 'electron';", /Only electron\/main/],
] as const;

const allowed = [
  ['electron/core/dialing/x.ts', "import { ok } from '../../shared/outcome.js';"],
  ['electron/core/service/x.ts', "import { dispatch } from '../../ipc/dispatch.js';"],
  ['electron/core/explain/x.ts', "import { retryAfterSeconds } from '../genesys/explainer.js';"],
  ['electron/ipc/x.ts', "import type { CoreStatus } from '../core/softdial-core.js';"],
  ['electron/ipc/x.ts', "import { ERROR_CODES } from '../shared/explained-error.js';"],
  ['renderer/src/lib/x.ts', "import { formatAsYouType } from '../../../electron/core/phone/as-you-type.js';"],
  ['electron/main/x.ts', "import { app } from 'electron';"],
  ['electron/core/softdial-core.ts', "import { sandboxConnection } from './sandbox/sandbox-connection.js';"],
  ['electron/core/cli/open-core.ts', "import { startSandbox } from '../sandbox/start-sandbox.js';"],
  ['electron/core/cli/emulator-command.ts', "import { DEMO } from '../emulator/demo-org.js';"],
  ['electron/core/emulator/x.ts', "import { demoOrg } from './demo-org.js';"],
  ['electron/core/sandbox/x.ts', "import { demoOrg } from './demo-org.js';"],
  ['electron/core/cli/open-core.ts', "import { dispatch } from '../../ipc/dispatch.js';"],
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
