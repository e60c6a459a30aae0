import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable, Writable } from 'node:stream';
import { runCli } from '../../electron/core/cli/main.js';
import { DEMO } from '../../electron/core/emulator/demo-org.js';
import { startWebServer } from '../../electron/core/web/web-server.js';
import { startHarness } from '../helpers/sandbox.js';
import { RENDERER_DIR } from '../helpers/web-app.js';
import { pageClient, textOf } from '../helpers/ws-client.js';
import { electronPath } from './hostile.js';

/** The secret the whole scenario runs with; it must be found nowhere softdial writes, prints or sends. */
export const CANARY = 'CANARY-secret-5d1e0c77';
const CLIENT = 'canary-client';
const CALLS = `/api/v2/conversations/calls/user/${DEMO.agentUserId}`;

/** Every file's contents under a folder, concatenated. */
async function folderText(dir: string): Promise<string> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files = entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name));
  return (await Promise.all(files.map((file) => readFile(file, 'latin1')))).join('\n');
}

/** A writable that keeps what was written. */
function collector(into: string[]): Writable {
  return new Writable({
    write(chunk: Buffer, _encoding, done) {
      into.push(chunk.toString());
      done();
    },
  });
}

/**
 * Runs softdial end to end with a canary client secret (and the tokens Genesys issues for it): dials,
 * refusals that show the exchange, a stored secret, the diagnostics bundle, the CLI; then searches every
 * sink for every secret. Gives the sinks searched and the hits per sink.
 */
export async function canaryScenario(): Promise<{ sinks: Record<string, number>; secrets: number }> {
  const harness = await startHarness({
    env: { GENESYSCLOUD_OAUTHCLIENT_ID: CLIENT, GENESYSCLOUD_OAUTHCLIENT_SECRET: CANARY },
  });
  harness.emulator.state.org.clients.push({
    id: CLIENT,
    name: 'canary',
    secret: CANARY,
    grant: 'client-credentials',
    permissions:
      harness.emulator.state.org.clients.find((client) => client.id === DEMO.serviceClientId)?.permissions ?? [],
  });
  const logs: string[] = [];
  const server = await startWebServer({
    core: harness.core,
    rendererDir: RENDERER_DIR,
    log: (line) => logs.push(line),
  });
  const messages: string[] = [];
  try {
    const page = await pageClient(server);
    page.socket.on('message', (data) => messages.push(textOf(data)));
    const electron = electronPath(harness);
    const both = async (method: string, args: unknown[]) => {
      messages.push(JSON.stringify(await page.invoke(method, args)));
      messages.push(JSON.stringify(await electron.invoke(method as never, args)));
    };
    await both('ready', []);
    await both('status', []);
    await both('dial', [{ text: '+442079460958', source: 'pad' }]);
    harness.emulator.inject({
      method: 'POST',
      path: CALLS,
      status: 401,
      times: 4,
      body: { code: 'bad.credentials', status: 401, message: 'Invalid login credentials.' },
    });
    await both('dial', [{ text: '+442079460959', source: 'pad' }]);
    harness.emulator.inject({
      path: '/oauth/token',
      status: 401,
      times: 4,
      body: { error: 'invalid_client', error_description: `bad secret ${CANARY}` },
    });
    await both('dial', [{ text: '+442079460960', source: 'pad' }]);
    harness.emulator.inject({
      method: 'POST',
      path: CALLS,
      status: 500,
      body: { code: 'internal.server.error', status: 500, message: 'x' },
    });
    await both('dial', [{ text: '+442079460961', source: 'pad' }]);
    await both('storeClientSecret', [`${CANARY}-stored`]);
    await both('getSettings', []);
    await both('saveDiagnostics', []);
    await both('testConnection', []);
    const cli: string[] = [];
    const env = cliEnv(harness.dataDir, harness.emulator.url);
    for (const argv of [
      ['doctor', '--json'],
      ['doctor'],
      ['dial', '+442079460962', '--json'],
      ['dial', '+442079460963'],
    ]) {
      await runCli(argv, { stdin: Readable.from(['']), stdout: collector(cli), stderr: collector(cli), env });
    }
    const secrets = [
      CANARY,
      `${CANARY}-stored`,
      Buffer.from(`${CLIENT}:${CANARY}`).toString('base64'),
      ...harness.emulator.state.tokens.keys(),
      ...harness.emulator.state.refreshTokens.keys(),
    ];
    const sinks: Record<string, string> = {
      logs: logs.join('\n'),
      'data folder (settings, diagnostics bundle)': await folderText(harness.dataDir),
      'socket and IPC messages': messages.join('\n'),
      'CLI output': cli.join(''),
    };
    const hits = Object.fromEntries(
      Object.entries(sinks).map(([sink, text]) => [sink, secrets.filter((secret) => text.includes(secret)).length]),
    );
    return { sinks: hits, secrets: secrets.length };
  } finally {
    await server.close();
    await harness.close();
  }
}

/** The environment a CLI run uses: the canary client against the scenario's emulator and data folder. */
const cliEnv = (dataDir: string, region: string): NodeJS.ProcessEnv => ({
  SOFTDIAL_DATA_DIR: dataDir,
  SOFTDIAL_POLICY_FILE: join(dataDir, 'no-policy.json'),
  GENESYSCLOUD_REGION: region,
  GENESYSCLOUD_OAUTHCLIENT_ID: CLIENT,
  GENESYSCLOUD_OAUTHCLIENT_SECRET: CANARY,
  SOFTDIAL_USER_ID: DEMO.agentUserId,
  SOFTDIAL_DEFAULT_REGION: 'GB',
});
